/**
 * A reporter's news on Telegram, in the reporter's language: anonymous reporters too, through
 * the relay, resolved only here and now (the notice stores the relay, never the person). After
 * `resolved` or `mediated` the reporter is asked whether they are satisfied (回访).
 */
import { type Api, InlineKeyboard } from 'grammy';
import { isLocale } from '../../domain/locale.js';
import type { ReporterStatusPayload } from '../../domain/notices/notice.js';
import { relayKeyOf } from '../../domain/notices/reporter-address.js';
import type { Translate } from '../../i18n/translate.js';
import type { DeliveryResult } from '../../notices/deliverer.js';
import type { Db } from '../../store/database.js';
import { relayChatOf, reporterLanguageOf } from '../../store/reports.repository.js';
import { reportFeedback } from '../features/reports/keyboards.js';

export async function sendReporterNews(
  deps: { api: Api; db: Db; translate: Translate },
  recipient: string,
  news: ReporterStatusPayload,
): Promise<DeliveryResult> {
  const relayKey = relayKeyOf(recipient);
  const chatId = relayKey === null ? Number(recipient) : await relayChatOf(deps.db, relayKey);
  // The relay went with the report's personal data: there is no one left to tell.
  if (chatId === null) return { ok: false, kind: 'permanent', description: 'relay removed' };
  const language = await reporterLanguageOf(deps.db, news.reportId);
  const locale = isLocale(language) ? language : 'zh-CN';
  const t = (k: string, v?: Record<string, string | number>) => deps.translate(locale, k, v);
  const askFeedback = news.status === 'resolved' || news.status === 'mediated';
  const said = t(news.key, {
    reference: news.reference,
    status: t(`status-${news.status}`),
    ...news.vars,
  });
  // The buttons come with the question they answer (issue 12), as on the web.
  const text = askFeedback
    ? `${said}\n\n${t('feedback-question', { reference: news.reference })}`
    : said;
  const reply_markup = askFeedback
    ? new InlineKeyboard()
        .text(t('feedback-yes'), reportFeedback.data(news.reportId, 'yes'))
        .text(t('feedback-no'), reportFeedback.data(news.reportId, 'no'))
    : undefined;
  await deps.api.sendMessage(chatId, text, reply_markup ? { reply_markup } : {});
  return { ok: true };
}
