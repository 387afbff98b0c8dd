/**
 * Notices to web residents: the message goes into the device's inbox in the transaction that
 * marks the notice sent, and is pushed to the open pages after the commit. A device that no
 * longer exists has nowhere to keep it; the notice counts as sent. A reporter's news (accepted,
 * a new status, an officer's reply or question) uses the same locale keys as Telegram, rendered
 * by the web channel in the resident's language. After `resolved` or `mediated` the news asks
 * whether they are satisfied (回访), with 😊/😞 choices the page sends back to `/web/api/feedback`.
 */
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import type { Locale } from '../../domain/locale.js';
import type {
  BroadcastNoticePayload,
  MessagePayload,
  Notice,
  ReporterStatusPayload,
  TipNoticePayload,
} from '../../domain/notices/notice.js';
import type { Deliverer } from '../../notices/deliverer.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import { describeTip } from '../../workflows/awareness/describe-tip.js';
import type { Described, DescribedText } from '../../workflows/described.js';
import type { WebChannel } from './web-channel.js';

function textOf(notice: Notice): DescribedText {
  if (notice.kind === 'reporter-status') {
    const news = notice.payload as ReporterStatusPayload;
    return {
      key: news.key,
      vars: { reference: news.reference, status: { key: `status-${news.status}` }, ...news.vars },
    };
  }
  const { key, vars } = notice.payload as MessagePayload;
  return vars ? { key, vars } : { key };
}

/** A plain message's further lines, each its own paragraph. */
function linesOf(notice: Notice): DescribedText[] {
  if (notice.kind !== 'message') return [];
  return ((notice.payload as MessagePayload).lines ?? []).map((l) =>
    l.vars ? { key: l.key, vars: l.vars } : { key: l.key },
  );
}

/** A warning as the resident reads it: its kind as a title, then the officer's words as typed. */
function describeBroadcast(request: BroadcastRequest, locale: Locale): Described {
  return {
    tone: request.kind === 'urgent' ? 'high' : 'info',
    blocks: [
      { type: 'title', text: { key: `broadcast-header-${request.kind}` } },
      { type: 'paragraph', text: { text: request.texts[locale] ?? request.texts['zh-CN'] } },
    ],
    choices: [],
  };
}

/** The satisfaction question under a resolved report's news, as on Telegram, but asked in words. */
function askFeedback(message: Described, news: ReporterStatusPayload): void {
  if (news.status !== 'resolved' && news.status !== 'mediated') return;
  message.blocks.push({
    type: 'paragraph',
    text: { key: 'feedback-question', vars: { reference: news.reference } },
  });
  message.choices.push(
    { label: { key: 'feedback-yes' }, action: `feedback:${news.reportId}:yes` },
    { label: { key: 'feedback-no' }, action: `feedback:${news.reportId}:no` },
  );
}

export interface WebDelivererOptions {
  /** The awareness library, for scheduled tips; absent: tips fail as undeliverable. */
  library?: AwarenessLibrary;
}

export function webDeliverer(
  channel: Pick<WebChannel, 'storeMessage'>,
  options: WebDelivererOptions = {},
): Deliverer {
  return async (notice) => {
    if (notice.kind === 'report-card' || notice.kind === 'report-card-edit')
      return { ok: false, kind: 'permanent', description: 'report cards go to officers' };
    if (notice.kind === 'tip') {
      const { library } = options;
      if (!library) return { ok: false, kind: 'permanent', description: 'no awareness library' };
      const { topic, itemId } = notice.payload as TipNoticePayload;
      // In the resident's language as of delivery, item by item in Chinese where not translated.
      const tip = (locale: Locale) => {
        const item = library.items(topic, locale).find((i) => i.id === itemId);
        return item ? describeTip(topic, item, locale) : null;
      };
      if (!tip('zh-CN')) return { ok: false, kind: 'permanent', description: 'tip not in library' };
      return {
        ok: true,
        record: async (trx) =>
          // A scheduled tip waits quietly in the inbox: no Web Push nudge for it.
          (await channel.storeMessage(trx, notice.recipient, (locale) => tip(locale) as Described, {
            nudge: false,
          })) ?? undefined,
      };
    }
    if (notice.kind === 'broadcast')
      return {
        ok: true,
        record: async (trx) => {
          const request = await getRequest(
            trx,
            (notice.payload as BroadcastNoticePayload).requestId,
          );
          if (!request) return undefined;
          return (
            (await channel.storeMessage(
              trx,
              notice.recipient,
              (locale) => describeBroadcast(request, locale),
              // Only urgent warnings nudge a closed page; awareness notices wait in the inbox.
              { nudge: request.kind === 'urgent' },
            )) ?? undefined
          );
        },
      };
    const message: Described = {
      tone: 'info',
      blocks: [textOf(notice), ...linesOf(notice)].map((text) => ({ type: 'paragraph', text })),
      choices: [],
    };
    if (notice.kind === 'reporter-status')
      askFeedback(message, notice.payload as ReporterStatusPayload);
    return {
      ok: true,
      record: async (trx) =>
        (await channel.storeMessage(trx, notice.recipient, message)) ?? undefined,
    };
  };
}
