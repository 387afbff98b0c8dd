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

export interface Broadcast {
  id: number;
  kind: string;
  text: string;
  photoFileId: string | null;
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
