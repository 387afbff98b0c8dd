/**
 * Background jobs on node-cron, in the configured time zone. Each job claims its work in the
 * database, so several replicas can run the same schedule without doing anything twice.
 */

import { join } from 'node:path';
import cron from 'node-cron';
import { telegramAddress } from '../domain/people/addresses.js';
import { ESCALATE_AFTER_MS } from '../domain/reports/status.js';
import type { Logger } from '../logger.js';
import { backupFileName, backupSqlite, pruneBackups, sqlitePath } from '../store/backup.js';
import type { Db } from '../store/database.js';
import { personsOf } from '../store/people.repository.js';
import { announcePendingRequests } from '../workflows/broadcasts/announce-requests.js';
import { queueQuestionReminders } from '../workflows/questions/remind-officers.js';
import { queueWeeklyQuestionReports } from '../workflows/questions/weekly-report.js';
import { queueDailyDigest } from '../workflows/reports/daily-digest.js';
import { escalateReports } from '../workflows/reports/escalate-reports.js';
import { purgeOldPersonalData } from '../workflows/reports/retention.js';

export interface JobDeps {
  db: Db;
  logger: Logger;
  adminIds: ReadonlySet<number>;
  /** Wakes the notice loop once a job's notices are committed, instead of its next poll. */
  wakeNotices?: () => void;
}

/** Runs a job body and logs, never throws: a failing job must not stop the schedule. */
function guarded(deps: JobDeps, name: string, body: () => Promise<number>) {
  return async () => {
    try {
      const count = await body();
      if (count) deps.logger.info(`${name} done`, { count });
    } catch (error) {
      deps.logger.error(`${name} failed`, { error });
    }
  };
}

/** The optional daily SQLite backup (BACKUP_DIR, kept BACKUP_KEEP days). */
export interface BackupSchedule {
  engine: 'sqlite' | 'postgres';
  url: string;
  dir: string | undefined;
  keepDays: number;
}

/** One daily backup: a consistent copy, then backups older than `keepDays` are deleted. */
export async function runDailyBackup(
  schedule: BackupSchedule,
  timezone: string,
  now: Date,
): Promise<{ file: string; removed: string[] } | null> {
  const source = sqlitePath(schedule.url);
  if (!schedule.dir || !source) return null;
  const file = join(schedule.dir, backupFileName(now, timezone));
  await backupSqlite(source, file);
  return { file, removed: await pruneBackups(schedule.dir, schedule.keepDays, now) };
}

export function startJobs(
  deps: JobDeps,
  timezone: string,
  retentionDays = 365,
  backup?: BackupSchedule,
): { stop(): Promise<void> } {
  if (backup?.dir && backup.engine !== 'sqlite')
    deps.logger.warn('BACKUP_DIR is for SQLite; back up PostgreSQL with pg_dump (see README)');
  const tasks = [
    cron.schedule(
      '* * * * *',
      guarded(deps, 'report escalation', async () => {
        // The alerts are notices, committed with the escalation: wake the loop to send them.
        const { reports, notices } = await escalateReports(deps.db, new Date(), ESCALATE_AFTER_MS);
        if (notices.length) deps.wakeNotices?.();
        return reports.length;
      }),
      { timezone, name: 'report-escalation', noOverlap: true },
    ),
    // Requests made from the CLI (or while a reviewer could not be reached) are announced here.
    cron.schedule(
      '* * * * *',
      guarded(deps, 'review announcements', async () => {
        const { notices } = await announcePendingRequests(
          deps.db,
          // ADMIN_IDS are Telegram ids; the workflow takes their persons.
          await personsOf(deps.db, [...deps.adminIds].map(telegramAddress)),
          new Date(),
        );
        if (notices.length) deps.wakeNotices?.();
        return notices.length;
      }),
      { timezone, name: 'review-announcements', noOverlap: true },
    ),
    cron.schedule(
      '30 8 * * *',
      guarded(deps, 'daily digest', async () => {
        const { notices } = await queueDailyDigest(deps.db, new Date(), timezone);
        if (notices.length) deps.wakeNotices?.();
        return notices.length;
      }),
      { timezone, name: 'daily-digest', noOverlap: true },
    ),
    cron.schedule(
      '15 3 * * *',
      guarded(deps, 'personal data retention', async () => {
        const purged = await purgeOldPersonalData(deps.db, retentionDays, new Date());
        if (purged.expiredKeys)
          deps.logger.info('expired sessions and codes removed', { count: purged.expiredKeys });
        return purged.reports;
      }),
      {
        timezone,
        name: 'retention',
        noOverlap: true,
      },
    ),
    // Mondays at 09:00: each station's questions that ended "not sure" or "没解决" last week.
    cron.schedule(
      '0 9 * * 1',
      guarded(deps, 'weekly questions report', async () => {
        const { notices } = await queueWeeklyQuestionReports(deps.db, new Date(), timezone);
        if (notices.length) deps.wakeNotices?.();
        return notices.length;
      }),
      { timezone, name: 'weekly-questions-report', noOverlap: true },
    ),
  ];
  if (backup?.dir && backup.engine === 'sqlite') {
    const schedule = backup;
    tasks.push(
      cron.schedule(
        '45 2 * * *',
        guarded(deps, 'daily backup', async () => {
          const done = await runDailyBackup(schedule, timezone, new Date());
          if (done) deps.logger.info('daily backup written', done);
          return 0;
        }),
        { timezone, name: 'daily-backup', noOverlap: true },
      ),
    );
  }
  const reminders = cron.schedule(
    '*/10 * * * *',
    async () => {
      try {
        const { notices } = await queueQuestionReminders(deps.db, new Date());
        if (notices.length) {
          deps.wakeNotices?.();
          deps.logger.info('question reminders queued', { count: notices.length });
        }
      } catch (error) {
        deps.logger.error('question reminders failed', { error });
      }
    },
    { timezone, name: 'question-reminders', noOverlap: true },
  );
  return {
    async stop() {
      await reminders.stop();
      for (const task of tasks) await task.stop();
    },
  };
}
