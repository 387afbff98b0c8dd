/**
 * Notices on Telegram: a report card (rendered in the chat's language, with the triage buttons),
 * the edit of a card already shown, a reporter's news (`reporter-news.ts`) or a plain message.
 * A card's message id is recorded in the transaction that marks the notice sent, so later status
 * and colour changes edit this very card. An edit that changes nothing ("message is not
 * modified") counts as done; a card deleted from the chat is a permanent failure. grammY's errors are classified
 * like the broadcast engine's answers: 429 waits, 403 and "chat not found" are `blocked`, 5xx
 * and network errors are retried.
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
import type { KnowledgeBase } from '../../domain/services/knowledge-base.js';
import type { Translate } from '../../i18n/translate.js';
import type { Deliverer, DeliveryResult } from '../../notices/deliverer.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { getReport, recordNotification } from '../../store/reports.repository.js';
import { localeOfUser } from '../../store/users.repository.js';
import { renderReviewRequest } from '../broadcasts/reviewers.js';
import { renderCard } from '../features/reports/card.js';
import { triageKeyboard } from '../features/reports/keyboards.js';
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
  const chatId = Number(notice.recipient);
  const locale = await localeOfUser(deps.db, chatId);
  const t = (key: string, vars?: Record<string, string | number>) =>
    deps.translate(locale, key, vars);
  if (notice.kind === 'report-card-edit') {
    const { reportId, messageId, exactPlace } = notice.payload as ReportCardEditPayload;
    const report = await getReport(deps.db, reportId);
    if (!report) return { ok: false, kind: 'permanent', description: `no report ${reportId}` };
    // The report as it is now: edits that queued up all show the latest state.
    const text = await renderCard(deps.db, deps.translate, report, locale, {
      exactPlace,
      ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    });
    await deps.api.editMessageText(chatId, messageId, text, {
      reply_markup: triageKeyboard(report, t),
      link_preview_options: { is_disabled: true },
    });
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
