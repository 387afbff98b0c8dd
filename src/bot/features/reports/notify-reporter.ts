/**
 * Keeps the reporter informed in their own language, anonymous reporters too: the message goes
 * through the relay, so the officer never learns who receives it.
 */
import { InlineKeyboard } from 'grammy';
import { isLocale } from '../../../domain/locale.js';
import type { Report } from '../../../domain/reports/report.js';
import { reporterChatOf, reporterLanguageOf } from '../../../store/reports.repository.js';
import type { Translate } from '../../i18n.js';
import { reportFeedback } from './keyboards.js';
import type { RoutingDeps } from './routing.js';

export async function notifyReporter(
  deps: RoutingDeps & { translate: Translate },
  report: Report,
  key: string,
  vars: Record<string, string | number> = {},
): Promise<boolean> {
  const chatId = await reporterChatOf(deps.db, report);
  if (chatId === null) return false;
  const language = await reporterLanguageOf(deps.db, report.id);
  const locale = isLocale(language) ? language : 'zh-CN';
  const t = (k: string, v?: Record<string, string | number>) => deps.translate(locale, k, v);
  const text = t(key, {
    reference: report.reference,
    status: t(`status-${report.status}`),
    ...vars,
  });
  // After resolution the reporter is asked whether they are satisfied (回访).
  const askFeedback = report.status === 'resolved' || report.status === 'mediated';
  const reply_markup = askFeedback
    ? new InlineKeyboard()
        .text(t('feedback-yes'), reportFeedback.data(report.id, 'yes'))
        .text(t('feedback-no'), reportFeedback.data(report.id, 'no'))
    : undefined;
  try {
    await deps.api.sendMessage(chatId, text, reply_markup ? { reply_markup } : {});
    return true;
  } catch (error) {
    deps.logger.warn('reporter could not be told', { report_id: report.id, error });
    return false;
  }
}
