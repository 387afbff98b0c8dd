/** A moment as people in the county read it: "2026-11-23 09:00" in the configured time zone. */
export function localTime(at: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(at));
}
