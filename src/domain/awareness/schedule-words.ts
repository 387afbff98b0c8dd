/**
 * A campaign's cron schedule as people say it ("每天 09:00", "每周一 19:00") and its next run,
 * so admins never have to read cron. Schedules other than "daily" or "weekly on one day at a
 * fixed time" are shown as written.
 */
import { CronExpressionParser } from 'cron-parser';

export type ScheduleWords =
  | { kind: 'daily'; time: string }
  | { kind: 'weekly'; weekday: number; time: string }
  | { kind: 'cron'; expression: string };

const NUMBER = /^\d{1,2}$/;

/** @example describeSchedule('0 19 * * 1') // → { kind: 'weekly', weekday: 1, time: '19:00' } */
export function describeSchedule(expression: string): ScheduleWords {
  const [minute, hour, day, month, weekday, ...rest] = expression.trim().split(/\s+/);
  const fixed = NUMBER.test(minute ?? '') && NUMBER.test(hour ?? '');
  if (!fixed || rest.length || day !== '*' || month !== '*') return { kind: 'cron', expression };
  const time = `${hour?.padStart(2, '0')}:${minute?.padStart(2, '0')}`;
  if (weekday === '*') return { kind: 'daily', time };
  if (/^[0-7]$/.test(weekday ?? '')) return { kind: 'weekly', weekday: Number(weekday) % 7, time };
  return { kind: 'cron', expression };
}

/** The next scheduled time after `now` in the county's time zone, or null if there is none. */
export function nextRun(expression: string, now: Date, timeZone: string): Date | null {
  try {
    return CronExpressionParser.parse(expression, { currentDate: now, tz: timeZone })
      .next()
      .toDate();
  } catch {
    return null;
  }
}
