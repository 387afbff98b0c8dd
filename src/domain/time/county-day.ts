/**
 * "A day in the county": the one notion of a calendar day used by exports, charts and the CLI.
 *
 * A station counts days on its own wall clock (`TZ`, Asia/Shanghai by default). Building "today"
 * from the UTC date instead puts everything between 00:00 and 08:00 Beijing time on the wrong
 * day, which is how the export test used to fail every evening between 16:00 and 24:00 UTC. So
 * every day boundary is worked out here, from an injected instant, never from the machine's date.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isDay(text: string): text is Day {
  const m = DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(at: Date, timeZone: string): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * The county's wall-clock time of `at`, as a Date whose UTC fields read like the clock on the
 * station wall. Spreadsheet date cells have no time zone, so this is what goes into them: the
 * officer sees 09:15 for a report made at 09:15 Beijing time.
 */
export function wallClock(at: Date, timeZone: string): Date {
  const ms = at.getTime();
  return new Date(ms + offsetAt(ms, timeZone));
}

/** Zone offsets by quarter hour: offsets only change on such boundaries, and Intl is slow. */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

function offsetAt(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    const w = wallClockParts(new Date(start), timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - start;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The county day that `at` falls on. */
export function countyDay(at: Date, timeZone: string): Day {
  return wallClock(at, timeZone).toISOString().slice(0, 10);
}

/** `day` moved by `n` calendar days (negative goes back). */
export function addDays(day: Day, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The instant the county day starts (local midnight). Found by correcting a first guess by the
 * zone's offset at that guess, twice, which also lands right on days when the offset changes.
 */
export function startOfDay(day: Day, timeZone: string): Date {
  const target = Date.parse(`${day}T00:00:00Z`);
  let guess = target;
  for (let i = 0; i < 2; i++)
    guess = target - (wallClock(new Date(guess), timeZone).getTime() - guess);
  return new Date(guess);
}

/** The instants `[start, end)` covering county days `from` to `to`, both included. */
export function dayRange(from: Day, to: Day, timeZone: string): { start: Date; end: Date } {
  return { start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone) };
}

/** The first day of the month that `day` is in. */
export function firstOfMonth(day: Day): Day {
  return `${day.slice(0, 8)}01`;
}

/** The `n` county days ending with `last`, oldest first: the x axis of a trend. */
export function lastDays(last: Day, n: number): Day[] {
  return Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));
}
