/**
 * A campaign run's tips for web residents: every device whose settings take the topic gets the
 * next library item it has not had, as a `tip` notice held until its quiet hours end. Called
 * inside the run's transaction, beside the Telegram outbox, so the run's claim, both outboxes and
 * the cursors commit together or not at all. Keyed by campaign, run and device, so a rerun of
 * the same tick adds nothing.
 *
 * @example
 * await enqueueWebTips(trx, { campaign, scheduledAt, library, timeZone: 'Asia/Shanghai', now });
 */
import type { Campaign } from '../../domain/awareness/campaigns.js';
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Db } from '../../store/database.js';
import {
  advanceWebTipCursors,
  enqueueWebTipSegment,
  webTipSegments,
} from '../../store/web-tips.repository.js';

export interface WebTipsInput {
  campaign: Campaign;
  /** The run's scheduled minute: part of every notice's key. */
  scheduledAt: Date;
  library: AwarenessLibrary;
  timeZone: string;
  now: Date;
}

/** Enqueues the run's tips for web devices; returns how many devices were counted in. */
export async function enqueueWebTips(db: Db, input: WebTipsInput): Promise<number> {
  const { campaign, library, now } = input;
  const topic = campaign.topic;
  let total = 0;
  for (const segment of await webTipSegments(db, topic)) {
    // Items follow the Chinese library's order in every language, so the id is the same for all;
    // the web channel renders it in each resident's language when it delivers.
    const item = library.at(topic, segment.cursor, 'zh-CN');
    if (!item) continue;
    await enqueueWebTipSegment(
      db,
      {
        library: topic,
        runKey: `tip:${campaign.id}:${input.scheduledAt.toISOString()}:web`,
        itemId: item.id,
        priority: NOTICE_PRIORITY.low,
        deliverAt: quietHoursEnd(segment, now, input.timeZone),
        now,
      },
      segment,
    );
    total += segment.count;
  }
  await advanceWebTipCursors(db, topic, now);
  return total;
}
