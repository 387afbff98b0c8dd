/**
 * What a broadcast is and the states it and each of its recipients go through. Only
 * `approved` and `sending` broadcasts are delivered: every broadcast passes review first
 * unless its creator is allowed to approve it directly (an urgent alert from the duty desk).
 */

export const BROADCAST_STATUSES = [
  'draft',
  'pending_review',
  'approved',
  'sending',
  'done',
  'rejected',
  'cancelled',
] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** Statuses whose recipients the engine delivers to (once `notBefore` has passed). */
export const DELIVERABLE: readonly BroadcastStatus[] = ['approved', 'sending'];

/**
 * A recipient row is `pending` until a worker claims it, `claimed` while that worker holds it
 * (at most about one batch), then final: `sent`, `blocked` (the person left) or `failed`.
 */
export type RecipientStatus = 'pending' | 'claimed' | 'sent' | 'blocked' | 'failed';
export const FINAL_STATUSES: readonly RecipientStatus[] = ['sent', 'blocked', 'failed'];
export const OPEN_STATUSES: readonly RecipientStatus[] = ['pending', 'claimed'];

/**
 * Suggested priorities: higher goes first, so an urgent alert overtakes a queue of tips, and a
 * message to one person (a reply to their report, a notice) never waits behind a broadcast to
 * the whole county: urgent, then notices, then warnings, then scheduled tips. Rows already
 * claimed (about one second of sending) go out first. Any integer works; these leave room.
 */
export const BROADCAST_PRIORITY = { urgent: 100, notice: 75, warning: 50, tip: 10 } as const;

/**
 * A broadcast as stored: described, not rendered (a message key with variables, or blocks; see
 * `src/workflows/described.ts`), in the language of its recipients. Each channel's sender turns
 * it into its own markup when it sends (Telegram: `src/bot/broadcasts/outbox-html.ts`), so the
 * outbox holds no Telegram HTML. The outbox never looks inside `message`, hence its loose type
 * here: this layer may not import the workflows' types.
 */
export interface BroadcastDescription {
  locale: string;
  message: object;
}

export interface Broadcast {
  id: number;
  kind: string;
  /** What a new broadcast sends; null for one queued before 2026-12-11 (see `text`). */
  description: BroadcastDescription | null;
  /** A pre-2026-12-11 broadcast's rendered text ('' for a described one). */
  text: string;
  photoFileId: string | null;
  /** `HTML` when `text` is Telegram HTML (pre-2026-12-11 rows only). */
  parseMode: 'HTML' | null;
  priority: number;
  status: BroadcastStatus;
  authorId: number | null;
  approverId: number | null;
  notBefore: string | null;
  createdAt: string;
  approvedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}
