/**
 * Every week, each station group gets the questions its villagers asked that the bot could not
 * answer or did not solve, and the scam checks its officers marked wrong: the material for
 * better answers and rules. Sent in Chinese, like the daily digest.
 */
import type { Api } from 'grammy';
import { localize } from '../../domain/locale.js';
import type { KnowledgeBase } from '../../domain/services/knowledge-base.js';
import type { Logger } from '../../logger.js';
import { listUnanswered, listWrongVerdicts } from '../../store/answer-feedback.repository.js';
import type { Db } from '../../store/database.js';
import { listStations } from '../../store/places.repository.js';
import type { Translate } from '../i18n.js';
import { dayIn, renderQuestionsReport } from '../questions-report.js';
import { splitHtmlMessage } from '../split-message.js';

export interface QuestionsReportDeps {
  api: Api;
  db: Db;
  translate: Translate;
  logger: Logger;
  /** Topic titles; without it the report shows topic ids. */
  kb?: KnowledgeBase;
  timeZone: string;
}

const WEEK_MS = 7 * 86_400_000;

export async function sendWeeklyQuestionReports(
  deps: QuestionsReportDeps,
  now = new Date(),
): Promise<number> {
  const from = new Date(now.getTime() - WEEK_MS);
  const dayOf = dayIn(deps.timeZone);
  const t = (key: string, vars?: Record<string, string | number>) =>
    deps.translate('zh-CN', key, vars);
  let sent = 0;
  for (const station of await listStations(deps.db)) {
    if (station.chatId === null) continue;
    const period = { from, to: now, stationCode: station.code };
    const text = renderQuestionsReport({
      station: localize(station.name, 'zh-CN'),
      from: dayOf(from.toISOString()),
      to: dayOf(now.toISOString()),
      questions: await listUnanswered(deps.db, period),
      wrongVerdicts: await listWrongVerdicts(deps.db, period),
      titleOf: (id) => deps.kb?.topic(id, 'zh-CN')?.topic.title ?? id,
      dayOf,
      t,
    });
    try {
      for (const part of splitHtmlMessage(text)) await deps.api.sendMessage(station.chatId, part);
      sent++;
    } catch (error) {
      deps.logger.warn('weekly questions report could not be sent', {
        station: station.code,
        error,
      });
    }
  }
  return sent;
}
