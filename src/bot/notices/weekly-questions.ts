/**
 * The weekly questions review as a station group reads it on Telegram (`questions-report`
 * notices, queued by `src/workflows/questions/weekly-report.ts`): in Chinese, like the daily
 * digest, split into messages Telegram accepts.
 */
import { localize } from '../../domain/locale.js';
import type { QuestionsReportPayload } from '../../domain/notices/notice.js';
import type { KnowledgeBase } from '../../domain/services/knowledge-base.js';
import { countyDay } from '../../domain/time/county-day.js';
import { describedText, HTML_TEXT } from '../../i18n/described-text.js';
import type { Translate, TranslationVars } from '../../i18n/translate.js';
import { listUnanswered, listWrongVerdicts } from '../../store/answer-feedback.repository.js';
import type { Db } from '../../store/database.js';
import { listStations } from '../../store/places.repository.js';
import { describeQuestionsReport } from '../../workflows/questions/describe-questions-report.js';
import { splitHtmlMessage } from '../split-message.js';

export async function renderWeeklyQuestionsReport(
  deps: { db: Db; translate: Translate; kb?: KnowledgeBase; timeZone: string },
  payload: QuestionsReportPayload,
): Promise<string[]> {
  const station = (await listStations(deps.db)).find((s) => s.code === payload.stationCode);
  const dayOf = (iso: string) => countyDay(new Date(iso), deps.timeZone);
  const period = {
    from: new Date(payload.from),
    to: new Date(payload.to),
    stationCode: payload.stationCode,
  };
  const report = describeQuestionsReport({
    station: station ? localize(station.name, 'zh-CN') : payload.stationCode,
    from: dayOf(payload.from),
    to: dayOf(payload.to),
    questions: await listUnanswered(deps.db, period),
    wrongVerdicts: await listWrongVerdicts(deps.db, period),
    titleOf: (id) => deps.kb?.topic(id, 'zh-CN')?.topic.title ?? id,
    dayOf,
  });
  const t = (key: string, vars?: TranslationVars) => deps.translate('zh-CN', key, vars);
  return splitHtmlMessage(describedText(report, t, HTML_TEXT));
}
