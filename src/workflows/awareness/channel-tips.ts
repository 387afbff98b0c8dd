/**
 * A campaign run's tips for residents outside Telegram: every web device and WeChat follower
 * whose person's settings take the topic gets the next library item that address has not had,
 * as a `tip` notice held until the person's quiet hours end; one copy per person (a follower
 * takes it in place of their linked devices, see `web-tips.repository.ts`, and a person who
 * used Telegram last takes it there instead, see `tip-address.ts`). A follower past the
 * 48-hour window with something already held for them is skipped until they write again, so
 * tips never pile up unread (`wechat-tips.repository.ts`). Each channel's
 * deliverer draws the tip in the resident's language when it goes (the web inbox; a WeChat
 * customer-service message, or held for the follower's next message past the 48-hour window).
 *
 * Never by SMS or a WeChat template message: a tip is not urgent, and each SMS costs the county
 * while template messages are for a resident's own business (their report's news). Settings
 * offer SMS only for urgent warnings and report news (`src/workflows/sms/sms-settings.ts`).
 *
 * Called inside the run's transaction, beside the Telegram outbox, so the run's claim, every
 * outbox and the cursors commit together or not at all. Keyed by campaign, run, channel and
 * address, so a rerun of the same tick adds nothing.
 *
 * @example
 * await enqueueChannelTips(trx, { campaign, scheduledAt, library, timeZone: 'Asia/Shanghai', now });
 */
import type { Campaign } from '../../domain/awareness/campaigns.js';
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { WECHAT_SERVICE_WINDOW_MS } from '../../domain/notices/news-copy.js';
import { NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Db } from '../../store/database.js';
import type { TipLibrary, TipRun, TipSegment } from '../../store/tip-notices.js';
import {
  advanceWebTipCursors,
  enqueueWebTipSegment,
  webTipSegments,
} from '../../store/web-tips.repository.js';
import {
  advanceWechatTipCursors,
  enqueueWechatTipSegment,
  wechatTipSegments,
} from '../../store/wechat-tips.repository.js';

export interface ChannelTipsInput {
  campaign: Campaign;
  /** The run's scheduled minute: part of every notice's key. */
  scheduledAt: Date;
  library: AwarenessLibrary;
  timeZone: string;
  now: Date;
  /**
   * The resident channels this deployment delivers on (`residentChannels`); absent: every one.
   * Tips go only where something delivers them, so nobody's copy waits on a channel that is off.
   */
  channels?: ReadonlySet<string> | undefined;
}

/** One channel's tip audience, as its repository serves it. */
interface TipAudience {
  channel: 'web' | 'wechat';
  segments(db: Db, library: TipLibrary, now: Date): Promise<TipSegment[]>;
  enqueue(db: Db, run: TipRun, segment: TipSegment): Promise<void>;
  advance(db: Db, library: TipLibrary, now: Date): Promise<void>;
}

/** The run's customer-service window: a follower who wrote since then can be sent to now. */
const windowOf = (now: Date, channels: ReadonlySet<string> | undefined) => ({
  windowSince: new Date(now.getTime() - WECHAT_SERVICE_WINDOW_MS),
  channels,
});

function audiences(channels: ReadonlySet<string> | undefined): TipAudience[] {
  const on = (channel: string) => !channels || channels.has(channel);
  const web = { wechat: on('wechat'), channels };
  return [
    ...(on('web')
      ? [
          {
            channel: 'web' as const,
            segments: (db: Db, library: TipLibrary) => webTipSegments(db, library, web),
            enqueue: (db: Db, run: TipRun, s: TipSegment) => enqueueWebTipSegment(db, run, s, web),
            advance: (db: Db, library: TipLibrary, now: Date) =>
              advanceWebTipCursors(db, library, now, web),
          },
        ]
      : []),
    ...(on('wechat')
      ? [
          {
            channel: 'wechat' as const,
            segments: (db: Db, library: TipLibrary, now: Date) =>
              wechatTipSegments(db, library, windowOf(now, channels)),
            enqueue: (db: Db, run: TipRun, s: TipSegment) =>
              enqueueWechatTipSegment(db, run, s, windowOf(run.now, channels)),
            advance: (db: Db, library: TipLibrary, now: Date) =>
              advanceWechatTipCursors(db, library, now, windowOf(now, channels)),
          },
        ]
      : []),
  ];
}

/** Enqueues the run's tips on every delivered channel; returns how many addresses were counted in. */
export async function enqueueChannelTips(db: Db, input: ChannelTipsInput): Promise<number> {
  const { campaign, library, now } = input;
  const topic = campaign.topic;
  let total = 0;
  for (const audience of audiences(input.channels)) {
    for (const segment of await audience.segments(db, topic, now)) {
      // Items follow the Chinese library's order in every language, so the id is the same for
      // all; the channel renders it in each resident's language when it delivers.
      const item = library.at(topic, segment.cursor, 'zh-CN');
      if (!item) continue;
      await audience.enqueue(
        db,
        {
          library: topic,
          runKey: `tip:${campaign.id}:${input.scheduledAt.toISOString()}:${audience.channel}`,
          itemId: item.id,
          priority: NOTICE_PRIORITY.low,
          deliverAt: quietHoursEnd(segment, now, input.timeZone),
          now,
        },
        segment,
      );
      total += segment.count;
    }
    await audience.advance(db, topic, now);
  }
  return total;
}
