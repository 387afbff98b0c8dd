/**
 * The old definition of a schedule's previous run: step back minute by minute until it fires.
 * The test checks cron-parser against it; `npm run bench -- previous-run` compares their cost.
 */
import { firesAt } from '../../src/domain/awareness/campaigns.js';

export function previousRunByMinute(
  expression: string,
  now: Date,
  timeZone: string,
  days = 8,
): Date | null {
  const start = new Date(now);
  start.setSeconds(0, 0);
  for (let i = 0; i <= days * 24 * 60; i++) {
    const at = new Date(start.getTime() - i * 60_000);
    if (firesAt(expression, at, timeZone)) return at;
  }
  return null;
}
