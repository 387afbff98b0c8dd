/**
 * Scheduled awareness campaigns: each run sends every subscriber of the topic the next item of
 * the library they have not had. Recipients are grouped by item, language and quiet hours, and
 * each group becomes one approved broadcast for the delivery engine. A run is claimed in the
 * database first, so replicas, restarts and catch-up never send the same run twice.
 */
import { BROADCAST_PRIORITY } from '../../broadcast/broadcast.js';
import type { Campaign } from '../../domain/awareness/campaigns.js';
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { isLocale } from '../../domain/locale.js';
import { createBroadcast, enqueueRecipients } from '../../store/broadcasts.repository.js';
import type { Db } from '../../store/database.js';
import {
  advanceCursors,
  audience,
  campaignState,
  claimCampaignRun,
} from '../../store/subscriptions.repository.js';
import type { Translate } from '../i18n.js';
import { renderAwareness } from './render-awareness.js';

export interface CampaignDeps {
  db: Db;
  translate: Translate;
  library: AwarenessLibrary;
  timeZone: string;
}

/** Runs one scheduled occurrence; returns how many people were queued (0 if paused or done). */
export async function runCampaign(
  deps: CampaignDeps,
  campaign: Campaign,
  scheduledAt: Date,
  now = new Date(),
): Promise<number> {
  if ((await campaignState(deps.db, campaign.id)).paused) return 0;
  if (!(await claimCampaignRun(deps.db, campaign.id, scheduledAt))) return 0;
  if (deps.library.size(campaign.topic) === 0) return 0;
  const recipients = await audience(deps.db, campaign.topic, { all: true });
  const groups = new Map<string, { text: string; notBefore: Date | null; userIds: number[] }>();
  for (const r of recipients) {
    const locale = isLocale(r.language) ? r.language : 'zh-CN';
    const cursor = campaign.topic === 'antifraud' ? r.antifraudCursor : r.legalCursor;
    const item = deps.library.at(campaign.topic, cursor, locale);
    if (!item) continue;
    const deliverAt = quietHoursEnd(r, now, deps.timeZone);
    const key = `${item.id}|${locale}|${deliverAt.getTime()}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        text: renderAwareness(deps.translate, locale, campaign.topic, item),
        notBefore: deliverAt > now ? deliverAt : null,
        userIds: [],
      };
      groups.set(key, group);
    }
    group.userIds.push(r.userId);
  }
  for (const g of groups.values()) {
    const id = await createBroadcast(deps.db, {
      kind: campaign.topic,
      text: g.text,
      parseMode: 'HTML',
      priority: BROADCAST_PRIORITY.tip,
      authorId: null,
      notBefore: g.notBefore,
      status: 'approved',
    });
    await enqueueRecipients(deps.db, id, g.userIds);
  }
  await advanceCursors(
    deps.db,
    campaign.topic,
    recipients.map((r) => r.userId),
  );
  return recipients.length;
}
