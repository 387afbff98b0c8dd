/**
 * The part of publishing an approved request that reaches residents outside Telegram: web chat
 * devices, WeChat followers and SMS numbers in the target's villages. Called inside the
 * approval's own transaction, so their notices commit with the decision or not at all. An urgent
 * warning goes to every address a person allows; anything else to the one they used last. Quiet
 * hours are the person's (a follower linked to a web device keeps that device's) and hold back
 * everything but urgent warnings, as for Telegram.
 */
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { type BroadcastRequest, isUrgent, topicOf } from '../../domain/broadcasts/request.js';
import { NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import {
  type Audience,
  channelSegments,
  enqueueChannelSegment,
  villagesOfTarget,
} from '../../store/channel-audience.repository.js';
import type { Db } from '../../store/database.js';
import type { Target } from '../../store/subscriptions.repository.js';

export interface ChannelPublication {
  total: number;
  held: number;
  heldUntil: Date | null;
}

export async function publishToOtherChannels(
  db: Db,
  request: Pick<BroadcastRequest, 'id' | 'kind'>,
  target: Target,
  when: {
    start: Date;
    now: Date;
    timeZone: string;
    /** The channels this deployment delivers on (`residentChannels`); absent: every one. */
    channels?: ReadonlySet<string> | undefined;
  },
): Promise<ChannelPublication> {
  const audience: Audience = {
    topic: topicOf(request.kind),
    villages: await villagesOfTarget(db, target),
    channels: when.channels,
  };
  // Urgent warnings go ahead of a reporter's news; tips and notices after it.
  const priority = isUrgent(request.kind) ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.low;
  const result: ChannelPublication = { total: 0, held: 0, heldUntil: null };
  for (const segment of await channelSegments(db, audience)) {
    const deliverAt = isUrgent(request.kind)
      ? when.start
      : quietHoursEnd(segment, when.start, when.timeZone);
    if (deliverAt > when.start && deliverAt > when.now) {
      result.held += segment.count;
      if (!result.heldUntil || deliverAt < result.heldUntil) result.heldUntil = deliverAt;
    }
    await enqueueChannelSegment(db, request.id, priority, audience, segment, deliverAt, when.now);
    result.total += segment.count;
  }
  return result;
}
