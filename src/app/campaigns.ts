/**
 * Schedules the awareness campaigns with node-cron in the county's time zone, and catches up
 * once at start on a run that was missed while the process was down (never several). On the
 * very first start there is nothing to catch up: the last scheduled time is only recorded.
 */
import cron from 'node-cron';
import { type Campaign, previousRun } from '../domain/awareness/campaigns.js';
import type { Logger } from '../logger.js';
import { campaignState, claimCampaignRun } from '../store/subscriptions.repository.js';
import { type CampaignDeps, runCampaign } from '../workflows/awareness/run-campaign.js';

function thisMinute(): Date {
  const now = new Date();
  now.setSeconds(0, 0);
  return now;
}

export async function startCampaigns(
  deps: CampaignDeps & { logger: Logger },
  campaigns: Campaign[],
): Promise<{ stop(): Promise<void> }> {
  const run = async (campaign: Campaign, scheduledAt: Date) => {
    try {
      const queued = await runCampaign(deps, campaign, scheduledAt);
      if (queued)
        deps.logger.info('campaign queued', { campaign: campaign.id, recipients: queued });
    } catch (error) {
      deps.logger.error('campaign failed', { campaign: campaign.id, error });
    }
  };
  for (const campaign of campaigns) {
    const missed = previousRun(campaign.cron, new Date(), deps.timeZone);
    if (!missed) continue;
    const { lastRunAt } = await campaignState(deps.db, campaign.id);
    if (lastRunAt === null) await claimCampaignRun(deps.db, campaign.id, missed);
    else if (lastRunAt < missed.toISOString()) await run(campaign, missed);
  }
  const tasks = campaigns.map((c) =>
    cron.schedule(c.cron, () => run(c, thisMinute()), {
      timezone: deps.timeZone,
      name: `campaign-${c.id}`,
      noOverlap: true,
    }),
  );
  return {
    async stop() {
      for (const task of tasks) await task.stop();
    },
  };
}
