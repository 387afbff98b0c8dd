/**
 * Background jobs on node-cron, in the configured time zone. Each job claims its work in the
 * database, so several replicas can run the same schedule without doing anything twice.
 */

import type { Api } from 'grammy';
import cron from 'node-cron';
import type { Translate } from '../bot/i18n.js';
import { sendQuestionReminders } from '../bot/jobs/question-reminders.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';

export interface JobDeps {
  api: Api;
  db: Db;
  translate: Translate;
  logger: Logger;
}

export function startJobs(deps: JobDeps, timezone: string): { stop(): Promise<void> } {
  const reminders = cron.schedule(
    '*/10 * * * *',
    async () => {
      try {
        const sent = await sendQuestionReminders(deps);
        if (sent) deps.logger.info('question reminders sent', { sent });
      } catch (error) {
        deps.logger.error('question reminders failed', { error });
      }
    },
    { timezone, name: 'question-reminders', noOverlap: true },
  );
  return {
    async stop() {
      await reminders.stop();
    },
  };
}
