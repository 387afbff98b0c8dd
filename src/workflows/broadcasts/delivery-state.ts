/**
 * Where a broadcast request stands, as people say it: 待审核, 已驳回, 定时发送, 等待免打扰时段结束,
 * 正在发送, 已送达. "Approved" is the review's word; after delivery the officer wants to read
 * that it arrived, and while quiet hours hold it, when it will go.
 */
import {
  type ChannelFigures,
  channelFigures,
  totalOf,
} from '../../domain/broadcasts/channel-figures.js';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import { deliveryReport, getBroadcast } from '../../store/broadcasts.repository.js';
import { broadcastNoticeCounts } from '../../store/channel-audience.repository.js';
import type { Db } from '../../store/database.js';

/** Delivery figures of a request, summed over its broadcasts (one per language group). */
export async function requestReport(db: Db, broadcastIds: number[]) {
  const sum = { total: 0, pending: 0, sent: 0, blocked: 0, failed: 0, durationMs: 0 };
  for (const id of broadcastIds) {
    const r = await deliveryReport(db, id);
    sum.total += r.total;
    sum.pending += r.pending;
    sum.sent += r.sent;
    sum.blocked += r.blocked;
    sum.failed += r.failed;
    sum.durationMs = Math.max(sum.durationMs, r.durationMs ?? 0);
  }
  return sum;
}

export interface ChannelReport {
  /** Telegram first, then every other channel the request's notices went to. */
  channels: ChannelFigures[];
  total: number;
  sent: number;
  blocked: number;
  failed: number;
  pending: number;
  /** From the first send to the last final result, over all channels. */
  durationMs: number;
}

/**
 * A request's figures per channel: Telegram's broadcasts and the `broadcast` notices to web,
 * WeChat and any other channel. `pending` is 0 once every channel is done.
 */
export async function requestChannelReport(
  db: Db,
  request: Pick<BroadcastRequest, 'id' | 'broadcastIds'>,
): Promise<ChannelReport> {
  const telegram = await requestReport(db, request.broadcastIds);
  const notices = await broadcastNoticeCounts(db, request.id);
  const channels = channelFigures(telegram, notices);
  const final = notices.filter((n) => n.status !== 'pending');
  const noticeMs = final.length
    ? Math.max(...final.map((n) => Date.parse(n.lastUpdatedAt))) -
      Math.min(...notices.map((n) => Date.parse(n.firstCreatedAt)))
    : 0;
  const sum = totalOf(channels);
  return {
    channels,
    ...sum,
    total: sum.sent + sum.blocked + sum.failed + sum.pending,
    durationMs: Math.max(telegram.durationMs, noticeMs),
  };
}

/** When the request's earliest pending notice is due, or null when none is pending. */
async function firstPendingNotice(db: Db, requestId: number): Promise<Date | null> {
  const due = (await broadcastNoticeCounts(db, requestId))
    .filter((n) => n.status === 'pending')
    .map((n) => Date.parse(n.firstDueAt));
  return due.length ? new Date(Math.min(...due)) : null;
}

export type DeliveryState =
  | { state: 'pending_review' | 'rejected' | 'cancelled' | 'sending' | 'delivered' }
  | { state: 'scheduled' | 'quiet'; at: Date };

export async function deliveryState(
  db: Db,
  request: BroadcastRequest,
  now = new Date(),
): Promise<DeliveryState> {
  if (request.status !== 'approved') return { state: request.status };
  let waitingUntil: Date | null = null;
  let open = false;
  for (const id of request.broadcastIds) {
    if ((await deliveryReport(db, id)).pending === 0) continue;
    open = true;
    const notBefore = (await getBroadcast(db, id))?.notBefore;
    const at = notBefore ? new Date(notBefore) : null;
    // Anything open that may go now means it is being sent.
    if (!at || at <= now) return { state: 'sending' };
    if (!waitingUntil || at < waitingUntil) waitingUntil = at;
  }
  // The other channels' notices: due now is "sending", later is a wait like Telegram's.
  const noticeDue = await firstPendingNotice(db, request.id);
  if (noticeDue) {
    open = true;
    if (noticeDue <= now) return { state: 'sending' };
    if (!waitingUntil || noticeDue < waitingUntil) waitingUntil = noticeDue;
  }
  if (!open || !waitingUntil) return { state: 'delivered' };
  const chosen = request.notBefore ? new Date(request.notBefore) : null;
  return chosen && waitingUntil.getTime() <= chosen.getTime()
    ? { state: 'scheduled', at: waitingUntil }
    : { state: 'quiet', at: waitingUntil };
}
