/**
 * Scheduled awareness campaigns: each run sends every subscriber of the topic the next item of
 * the library they have not had. Recipients are grouped by item, language and quiet hours, and
 * each group becomes one approved broadcast for the delivery engine. Web residents and WeChat
 * followers whose settings take the topic get the same walk through the library as `tip` notices
 * (src/workflows/awareness/channel-tips.ts). A run is claimed in the database first, and the claim,
 * the Telegram outbox, the tip notices and the cursors commit in one transaction, so replicas,
 * restarts and catch-up never send the same run twice, and a crash never half-sends one.
 */
import { BROADCAST_PRIORITY } from '../../broadcast/broadcast.js';
import type { Campaign } from '../../domain/awareness/campaigns.js';
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { isLocale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translate.js';
import { createBroadcast } from '../../store/broadcasts.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import {
  advanceAudienceCursors,
  audienceSegments,
  campaignState,
  claimCampaignRun,
  enqueueSegment,
} from '../../store/subscriptions.repository.js';
import { enqueueChannelTips } from './channel-tips.js';
import { describeTip } from './describe-tip.js';

export interface CampaignDeps {
  db: Db;
  translate: Translate;
  library: AwarenessLibrary;
  timeZone: string;
  /** The resident channels delivered here besides Telegram (`residentChannels`); absent: all. */
  channels?: ReadonlySet<string> | undefined;
}

/**
 * Runs one scheduled occurrence; returns how many addresses were queued, on Telegram, the web
 * and WeChat (0 if paused or already run).
 */
export function runCampaign(
  deps: CampaignDeps,
  campaign: Campaign,
  scheduledAt: Date,
  now = new Date(),
): Promise<number> {
  return inTransaction(deps.db, (db) =>
    runInTransaction({ ...deps, db }, campaign, scheduledAt, now),
  );
}

async function runInTransaction(
  deps: CampaignDeps,
  campaign: Campaign,
  scheduledAt: Date,
  now: Date,
): Promise<number> {
  if ((await campaignState(deps.db, campaign.id)).paused) return 0;
  if (!(await claimCampaignRun(deps.db, campaign.id, scheduledAt))) return 0;
  if (deps.library.size(campaign.topic) === 0) return 0;
  // One copy a person: Telegram only for those who used it last (`tip-address.ts`).
  const everyone = { all: true, lastUsed: { channels: deps.channels } };
  const segments = await audienceSegments(deps.db, campaign.topic, everyone, campaign.topic);
  // One broadcast per library item, language and delivery time; people stay in the database.
  const broadcasts = new Map<string, number>();
  let total = 0;
  for (const segment of segments) {
    total += segment.count;
    const locale = isLocale(segment.language) ? segment.language : 'zh-CN';
    const item = deps.library.at(campaign.topic, segment.cursor, locale);
    if (!item) continue;
    const deliverAt = quietHoursEnd(segment, now, deps.timeZone);
    const key = `${item.id}|${locale}|${deliverAt.getTime()}`;
    let id = broadcasts.get(key);
    if (id === undefined) {
      id = await createBroadcast(deps.db, {
        kind: campaign.topic,
        // Described, not rendered: the Telegram sender draws it (src/bot/broadcasts/outbox-html.ts).
        description: { locale, message: describeTip(campaign.topic, item, locale) },
        priority: BROADCAST_PRIORITY.tip,
        authorId: null,
        notBefore: deliverAt > now ? deliverAt : null,
        status: 'approved',
      });
      broadcasts.set(key, id);
    }
    await enqueueSegment(
      deps.db,
      id,
      BROADCAST_PRIORITY.tip,
      campaign.topic,
      everyone,
      segment,
      campaign.topic,
    );
  }
  await advanceAudienceCursors(deps.db, campaign.topic, everyone, now);
  const others = await enqueueChannelTips(deps.db, {
    campaign,
    scheduledAt,
    library: deps.library,
    timeZone: deps.timeZone,
    now,
    channels: deps.channels,
  });
  return total + others;
}
