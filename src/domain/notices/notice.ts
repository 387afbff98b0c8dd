/**
 * A notice is a message a workflow causes, described rather than rendered: who gets it (a
 * channel and an address there), what it is (a kind and a payload of plain data), and how
 * urgent it is. Workflows return notices and store them in their own transaction; each channel
 * turns them into its own messages later, so a crash after the commit never loses one.
 *
 * @example
 * const card: NewNotice = {
 *   idempotencyKey: `report:42:card:station:ST01@V01`,
 *   channel: 'telegram',
 *   recipient: 'station:ST01@V01',
 *   kind: 'report-card',
 *   payload: { reportId: 42, exactPlace: false },
 *   priority: NOTICE_PRIORITY.urgent,
 *   reportId: 42,
 * };
 */
import type { ReportStatus } from '../reports/status.js';

export type NoticeChannel = 'telegram' | 'web' | 'wechat' | 'webpush' | 'sms';
export type NoticeStatus = 'pending' | 'sent' | 'failed' | 'blocked';

/** A report card for an officers' chat: the report id, and whether the exact place is shown. */
export interface ReportCardPayload {
  reportId: number;
  exactPlace: boolean;
  /** A line above the card saying why it is sent again (`card-new-info`). */
  prefixKey?: string;
}

/**
 * Bring the cards already shown up to date with the report as it is. Queued by workflows as one
 * notice for every card of the report (recipient `cards:<report id>`): the channel knows which
 * chats and messages those are. `messageId` and `exactPlace` are only on edits queued before
 * that (recipient a chat id, one notice per card), which the channel still delivers.
 */
export interface ReportCardEditPayload {
  reportId: number;
  messageId?: number;
  exactPlace?: boolean;
}

/**
 * News for the reporter about their report: a locale key (`reporter-accepted`, `reporter-reply`…)
 * with its variables, and the reference and status as of the change, which every such text may
 * show. After `resolved` or `mediated` the channel asks whether they are satisfied.
 */
export interface ReporterStatusPayload {
  reportId: number;
  reference: string;
  status: ReportStatus;
  key: string;
  vars: Record<string, string>;
}

/** An approved warning or reminder for a resident outside Telegram: the request to render. */
export interface BroadcastNoticePayload {
  requestId: number;
}

/**
 * A scheduled awareness item (anti-fraud tip, legal item) for a web resident: the library item
 * by id, rendered when delivered in the resident's language (Chinese where not yet translated).
 */
export interface TipNoticePayload {
  topic: 'antifraud' | 'legal';
  itemId: string;
}

/**
 * A plain message: a locale key and its variables, rendered in the recipient's language, and
 * optionally further lines under it, each a key with its variables (a report's per-channel lines).
 */
export interface MessagePayload {
  key: string;
  vars?: MessageVars;
  lines?: { key: string; vars?: MessageVars }[];
}

/** A variable is data, or (`{ key }`) another locale message, such as a status's name. */
export type MessageVars = Record<string, string | number | { key: string }>;

/** The variables with every `{ key }` said in the reader's language by `say`. */
export function plainVars(
  vars: MessageVars | undefined,
  say: (key: string) => string,
): Record<string, string | number> | undefined {
  if (!vars) return undefined;
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'object' ? say(value.key) : value,
    ]),
  );
}

/** A broadcast request for a reviewer: the preview with approve / reject, rendered when sent. */
export interface ReviewRequestPayload {
  requestId: number;
}

/**
 * A station's weekly review of questions the bot could not answer and verdicts officers marked
 * wrong, over [from, to): rendered when sent, from what is stored then.
 */
export interface QuestionsReportPayload {
  stationCode: string;
  from: string;
  to: string;
}

/** A phone verification code by SMS: the `sms_codes` row; the code is made when it is sent. */
export interface SmsCodePayload {
  codeId: number;
}

export type NoticeKind =
  | 'sms-code'
  | 'report-card'
  | 'report-card-edit'
  | 'reporter-status'
  | 'review-request'
  | 'questions-report'
  | 'broadcast'
  | 'tip'
  | 'message';

/** Higher goes first: a red report's card before a routine one, both before a tip. */
export const NOTICE_PRIORITY = { urgent: 20, normal: 10, low: 0 } as const;

export interface NewNotice {
  /** Unique per notice: a workflow that runs twice enqueues the same keys, and nothing twice. */
  idempotencyKey: string;
  channel: NoticeChannel;
  /**
   * The address on that channel: a Telegram chat id (a person's own chat), an officers' inbox
   * (`station:ST01@V01`, `command:county`…, see `reports/destinations.ts`) or a report's cards
   * (`cards:42`), which the channel resolves when it sends; a web device id, a WeChat openid, or
   * an SMS address id (`sms_addresses.id`; `code:<id>` for a verification code), never a number.
   */
  recipient: string;
  kind: NoticeKind;
  payload:
    | ReportCardPayload
    | ReportCardEditPayload
    | ReporterStatusPayload
    | BroadcastNoticePayload
    | TipNoticePayload
    | MessagePayload
    | ReviewRequestPayload
    | QuestionsReportPayload
    | SmsCodePayload;
  priority: number;
  reportId?: number | null;
}

export interface Notice extends NewNotice {
  id: number;
  attempts: number;
  status: NoticeStatus;
}
