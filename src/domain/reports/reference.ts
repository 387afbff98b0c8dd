/**
 * Reference numbers residents can read out on the phone: JF-<date>-<sequence of the day>,
 * e.g. JF-20261122-0042. The date is in the county's time zone, as people count days there.
 */
export function dayKey(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return parts.replace(/-/g, '');
}

export function formatReference(day: string, sequence: number): string {
  return `JF-${day}-${String(sequence).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^JF-\d{8}-\d{4,}$/;
