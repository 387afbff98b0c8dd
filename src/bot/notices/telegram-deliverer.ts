/**
 * Notices on Telegram: a report card (rendered in the chat's language, with the triage buttons),
 * the edit of a card already shown, a reporter's news (`reporter-news.ts`) or a plain message.
 * A card's message id is recorded in the transaction that marks the notice sent, so later status
 * and colour changes edit this very card. An edit that changes nothing ("message is not
 * modified") counts as done; a card deleted from the chat is a permanent failure. grammY's errors are classified
 * like the broadcast engine's answers: 429 waits, 403 and "chat not found" are `blocked`, 5xx
 * and network errors are retried.
 *
 * A notice for officers names an inbox (`station:ST01@V01`, `command:county`) or a report's
 * cards (`cards:42`), resolved here to chats when it is sent (`inbox-chats.ts`). Rows queued
 * before inboxes existed name a chat id instead (a card, or one edit per card with its message
 * id); those are still delivered as they say, so nothing queued across the upgrade is lost.
 */
import { type Api, GrammyError, HttpError } from 'grammy';
import { classify } from '../../broadcast/telegram-sender.js';
import {
  type MessagePayload,
  type Notice,
  plainVars,
  type QuestionsReportPayload,
  type ReportCardEditPayload,
  type ReportCardPayload,
  type ReporterStatusPayload,
  type ReviewRequestPayload,
} from '../../domain/notices/notice.js';
import { parseInbox, parseReportCardsKey } from '../../domain/reports/destinations.js';
import type { Report } from '../../domain/reports/report.js';
import type { KnowledgeBase } from '../../domain/services/knowledge-base.js';
import type { Translate } from '../../i18n/translate.js';
import type { Deliverer, DeliveryResult } from '../../notices/deliverer.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { getReport, notificationsOf, recordNotification } from '../../store/reports.repository.js';
import { localeOfUser } from '../../store/users.repository.js';
import { renderReviewRequest } from '../broadcasts/reviewers.js';
import { renderCard } from '../features/reports/card.js';
import { triageKeyboard } from '../features/reports/keyboards.js';
import { exactPlaceChat, inboxChat } from './inbox-chats.js';
import { sendReporterNews } from './reporter-news.js';
import { renderWeeklyQuestionsReport } from './weekly-questions.js';

export interface TelegramNoticeDeps {
  api: Api;
  db: Db;
  translate: Translate;
  /** Admins from the config: a review request counts the audience with the author's role. */
  adminIds?: ReadonlySet<number>;
  /** Topic titles for the weekly questions report; without it the report shows topic ids. */
  kb?: KnowledgeBase;
  /** The county's zone, for the times on the card. */
  timeZone?: string;
}

export function telegramDeliverer(deps: TelegramNoticeDeps): Deliverer {
  return async (notice) => {
    try {
      return await deliver(deps, notice);
    } catch (error) {
      if (error instanceof GrammyError && notice.kind === 'report-card-edit') {
        if (/message is not modified/i.test(error.description)) return { ok: true };
        if (/message to edit not found|message can't be edited/i.test(error.description))
          return { ok: false, kind: 'permanent', description: error.description };
      }
      if (error instanceof GrammyError)
        return classify(error.error_code, {
          error_code: error.error_code,
          description: error.description,
          ...(error.parameters ? { parameters: error.parameters } : {}),
        }) as DeliveryResult;
      if (error instanceof HttpError)
        return { ok: false, kind: 'transient', description: error.message };
      throw error;
    }
  };
}

async function deliver(deps: TelegramNoticeDeps, notice: Notice): Promise<DeliveryResult> {
  if (notice.kind === 'reporter-status')
    return sendReporterNews(deps, notice.recipient, notice.payload as ReporterStatusPayload);
  const cardsOf = parseReportCardsKey(notice.recipient);
  if (cardsOf !== null) return editCards(deps, cardsOf);
  const inbox = parseInbox(notice.recipient);
  const chatId = inbox ? await inboxChat(deps.db, inbox) : Number(notice.recipient);
  if (chatId === null)
    return {
      ok: false,
      kind: 'permanent',
      description: `no Telegram chat is configured for ${notice.recipient}: set it in the county file`,
    };
  const locale = await localeOfUser(deps.db, chatId);
  const t = (key: string, vars?: Record<string, string | number>) =>
    deps.translate(locale, key, vars);
  if (notice.kind === 'report-card-edit') {
    // Queued before the upgrade: one card, named by its chat and message.
    const { reportId, messageId, exactPlace } = notice.payload as ReportCardEditPayload;
    const report = await getReport(deps.db, reportId);
    if (!report) return { ok: false, kind: 'permanent', description: `no report ${reportId}` };
    if (messageId === undefined)
      return { ok: false, kind: 'permanent', description: 'card edit without a message' };
    await editCard(deps, report, chatId, messageId, exactPlace ?? false);
    return { ok: true };
  }
  if (notice.kind === 'review-request') {
    const request = await getRequest(deps.db, (notice.payload as ReviewRequestPayload).requestId);
    // Decided (or withdrawn) meanwhile: buttons for a settled request would only mislead.
    if (request?.status !== 'pending_review') return { ok: true };
    const review = await renderReviewRequest(
      { db: deps.db, translate: deps.translate, adminIds: deps.adminIds ?? new Set() },
      request,
      locale,
    );
    await deps.api.sendMessage(chatId, review.text, { reply_markup: review.keyboard });
    return { ok: true };
  }
  if (notice.kind === 'questions-report') {
    const parts = await renderWeeklyQuestionsReport(
      {
        db: deps.db,
        translate: deps.translate,
        timeZone: deps.timeZone ?? 'Asia/Shanghai',
        ...(deps.kb ? { kb: deps.kb } : {}),
      },
      notice.payload as QuestionsReportPayload,
    );
    for (const part of parts) await deps.api.sendMessage(chatId, part);
    return { ok: true };
  }
  if (notice.kind === 'report-card') {
    const { reportId, exactPlace, prefixKey } = notice.payload as ReportCardPayload;
    const report = await getReport(deps.db, reportId);
    if (!report) return { ok: false, kind: 'permanent', description: `no report ${reportId}` };
    const card = await renderCard(deps.db, deps.translate, report, locale, {
      exactPlace,
      ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    });
    const text = prefixKey ? `${t(prefixKey)}\n${card}` : card;
    // A resident's text on the card may hold a (defanged) link: no preview for officers to tap.
    const sent = await deps.api.sendMessage(chatId, text, {
      reply_markup: triageKeyboard(report, t),
      link_preview_options: { is_disabled: true },
    });
    return {
      ok: true,
      record: async (trx) => {
        await recordNotification(trx, reportId, chatId, sent.message_id);
        return undefined;
      },
    };
  }
  const { key, vars, lines = [] } = notice.payload as MessagePayload;
  await deps.api.sendMessage(
    chatId,
    [{ key, vars }, ...lines]
      .map((l) =>
        t(
          l.key,
          plainVars(l.vars, (k) => t(k)),
        ),
      )
      .join('\n'),
  );
  return { ok: true };
}

/** Redraws one card with the report as it is now: edits that queued up all show the latest. */
async function editCard(
  deps: TelegramNoticeDeps,
  report: Report,
  chatId: number,
  messageId: number,
  exactPlace: boolean,
): Promise<void> {
  const locale = await localeOfUser(deps.db, chatId);
  const t = (key: string, vars?: Record<string, string | number>) =>
    deps.translate(locale, key, vars);
  const text = await renderCard(deps.db, deps.translate, report, locale, {
    exactPlace,
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
  });
  await deps.api.editMessageText(chatId, messageId, text, {
    reply_markup: triageKeyboard(report, t),
    link_preview_options: { is_disabled: true },
  });
}

/**
 * Every card of a report, brought up to date. A card that cannot be edited any more (deleted,
 * too old, the bot left the group) is passed over, so it does not hold the others back; a rate
 * limit or a network error fails the whole notice, to be retried: cards already redrawn then
 * answer "message is not modified", which counts as done.
 */
async function editCards(deps: TelegramNoticeDeps, reportId: number): Promise<DeliveryResult> {
  const report = await getReport(deps.db, reportId);
  if (!report) return { ok: false, kind: 'permanent', description: `no report ${reportId}` };
  const exactChat = await exactPlaceChat(deps.db, report);
  for (const card of await notificationsOf(deps.db, reportId)) {
    const chatId = Number(card.chat_id);
    try {
      await editCard(deps, report, chatId, Number(card.message_id), chatId === exactChat);
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      if (/message is not modified/i.test(error.description)) continue;
      const outcome = classify(error.error_code, {
        error_code: error.error_code,
        description: error.description,
      });
      if (outcome.ok || outcome.kind === 'retry_after' || outcome.kind === 'transient') throw error;
    }
  }
  return { ok: true };
}
