/**
 * Campaigns: which awareness topic goes out on which schedule, from `data/campaigns.yaml` (or the
 * file named in CAMPAIGNS_FILE). A bad cron expression stops start-up with the campaign's name,
 * because a silently dead schedule would go unnoticed for weeks.
 */
import { readFileSync } from 'node:fs';
import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';
import { parse } from 'yaml';
import { z } from 'zod';

export interface Campaign {
  id: string;
  topic: 'antifraud' | 'legal';
  cron: string;
}

const schema = z.object({
  campaigns: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]{1,40}$/),
      topic: z.enum(['antifraud', 'legal']),
      cron: z.string().min(9).max(100),
    }),
  ),
});

export class CampaignFileError extends Error {
  override name = 'CampaignFileError';
}

export function parseCampaigns(source: string, origin = 'campaigns file'): Campaign[] {
  const result = schema.safeParse(parse(source));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CampaignFileError(`${origin}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const seen = new Set<string>();
  for (const c of result.data.campaigns) {
    if (c.cron.trim().split(/\s+/).length !== 5 || !cron.validate(c.cron)) {
      throw new CampaignFileError(
        `Campaign "${c.id}" has an invalid cron expression "${c.cron}" (use: minute hour day month weekday) in ${origin}`,
      );
    }
    if (seen.has(c.id))
      throw new CampaignFileError(`Campaign "${c.id}" is defined twice in ${origin}`);
    seen.add(c.id);
  }
  return result.data.campaigns;
}

export function loadCampaigns(file: string): Campaign[] {
  return parseCampaigns(readFileSync(file, 'utf8'), file);
}

function localFields(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    minute: 'numeric',
    hour: 'numeric',
    day: 'numeric',
    month: 'numeric',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return {
    minute: Number(get('minute')),
    hour: Number(get('hour')),
    day: Number(get('day')),
    month: Number(get('month')),
    weekday,
  };
}

/** Whether the schedule fires in the minute that contains `at`, in the given time zone. */
export function firesAt(expression: string, at: Date, timeZone: string): boolean {
  const f = cron.parse(expression);
  const l = localFields(at, timeZone);
  const dom = f.dayOfMonth.includes(l.day);
  const dow = f.dayOfWeek.includes(l.weekday) || (l.weekday === 0 && f.dayOfWeek.includes(7));
  const domRestricted = f.dayOfMonth.length < 31;
  const dowRestricted = f.dayOfWeek.filter((d) => typeof d === 'number').length < 7;
  const dayMatches = domRestricted && dowRestricted ? dom || dow : dom && dow;
  return (
    f.minute.includes(l.minute) &&
    f.hour.includes(l.hour) &&
    f.month.includes(l.month) &&
    dayMatches
  );
}

/**
 * The latest scheduled time at or before `now`, looking back at most `days` days. cron-parser
 * walks the schedule's fields backwards (microseconds per campaign), where stepping back minute
 * by minute cost up to a second of blocking CPU per campaign at every start.
 */
export function previousRun(
  expression: string,
  now: Date,
  timeZone: string,
  days = 8,
): Date | null {
  const minute = new Date(now);
  minute.setSeconds(0, 0);
  // prev() is strictly before currentDate: start just after this minute so it counts too.
  const parsed = CronExpressionParser.parse(expression, {
    currentDate: new Date(minute.getTime() + 1_000),
    tz: timeZone,
  });
  try {
    const at = parsed.prev().toDate();
    return minute.getTime() - at.getTime() <= days * 86_400_000 ? at : null;
  } catch {
    return null; // no earlier occurrence at all
  }
}
