/**
 * What a villager wants to receive: daily anti-fraud tips, weekly legal items, traffic notices,
 * and urgent warnings; all on after onboarding. Quiet hours (default 21:00–07:30 in the county's
 * time zone) hold back everything but urgent warnings until the morning.
 */
export const TOPICS = ['antifraud', 'legal', 'traffic', 'urgent'] as const;
export type Topic = (typeof TOPICS)[number];

export interface Subscription {
  topics: Record<Topic, boolean>;
  /** "HH:MM" local times; equal start and end means no quiet hours. */
  quietStart: string;
  quietEnd: string;
}

export const DEFAULT_SUBSCRIPTION: Subscription = {
  topics: { antifraud: true, legal: true, traffic: true, urgent: true },
  quietStart: '21:00',
  quietEnd: '07:30',
};

export const QUIET_PRESETS = [
  ['21:00', '07:30'],
  ['22:00', '06:00'],
  ['20:00', '08:00'],
  ['00:00', '00:00'],
] as const;

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes since local midnight, and the local date, of an instant in a time zone. */
function localClock(at: Date, timeZone: string): { minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { minute: get('hour') * 60 + get('minute') };
}

export function inQuietHours(
  sub: Pick<Subscription, 'quietStart' | 'quietEnd'>,
  at: Date,
  timeZone: string,
): boolean {
  const start = minutes(sub.quietStart);
  const end = minutes(sub.quietEnd);
  if (start === end) return false;
  const now = localClock(at, timeZone).minute;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** When quiet hours next end (the instant to deliver a held-back message), or `at` if not quiet. */
export function quietHoursEnd(
  sub: Pick<Subscription, 'quietStart' | 'quietEnd'>,
  at: Date,
  timeZone: string,
): Date {
  if (!inQuietHours(sub, at, timeZone)) return at;
  const now = localClock(at, timeZone).minute;
  const end = minutes(sub.quietEnd);
  const wait = (end - now + 24 * 60) % (24 * 60);
  const result = new Date(at.getTime() + wait * 60_000);
  result.setSeconds(0, 0);
  return result;
}
