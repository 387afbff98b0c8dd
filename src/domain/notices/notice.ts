/**
 * A notice is a message a workflow causes, described rather than rendered: who gets it (a
 * channel and an address there), what it is (a kind and a payload of plain data), and how
 * urgent it is. Workflows return notices and store them in their own transaction; each channel
 * turns them into its own messages later, so a crash after the commit never loses one.
 *
 * @example
 * const card: NewNotice = {
 *   idempotencyKey: `report:42:card:-100100`,
 *   channel: 'telegram',
 *   recipient: '-100100',
 *   kind: 'report-card',
 *   payload: { reportId: 42, exactPlace: false },
 *   priority: NOTICE_PRIORITY.urgent,
 *   reportId: 42,
 * };
 */

export type NoticeChannel = 'telegram' | 'web' | 'wechat';
export type NoticeStatus = 'pending' | 'sent' | 'failed' | 'blocked';

/** A report card for an officers' chat: the report id, and whether the exact place is shown. */
export interface ReportCardPayload {
  reportId: number;
  exactPlace: boolean;
}

/** A plain message: a locale key and its variables, rendered in the recipient's language. */
export interface MessagePayload {
  key: string;
  vars?: Record<string, string | number>;
}

export type NoticeKind = 'report-card' | 'report-card-edit' | 'reporter-status' | 'message';

/** Higher goes first: a red report's card before a routine one, both before a tip. */
export const NOTICE_PRIORITY = { urgent: 20, normal: 10, low: 0 } as const;

export interface NewNotice {
  /** Unique per notice: a workflow that runs twice enqueues the same keys, and nothing twice. */
  idempotencyKey: string;
  channel: NoticeChannel;
  /** The address on that channel: a Telegram chat id, a web device id or a WeChat openid. */
  recipient: string;
  kind: NoticeKind;
  payload: ReportCardPayload | MessagePayload;
  priority: number;
  reportId?: number | null;
}

export interface Notice extends NewNotice {
  id: number;
  attempts: number;
  status: NoticeStatus;
}
