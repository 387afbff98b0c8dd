/**
 * A campaign's previous run: what one `previousRun` call costs with cron-parser, next to the
 * old minute-by-minute definition it replaced (300–900 ms a call for a weekly schedule).
 *
 *   npm run bench -- previous-run [--calls=200]
 *
 * Moved here from tests/robustness/campaign-previous-run.test.ts: a timing bound does not
 * belong in a test on a shared machine; the test checks the behaviour that makes it cheap.
 */
import { previousRun } from '../src/domain/awareness/campaigns.js';
import { previousRunByMinute } from '../tests/robustness/minute-by-minute.js';

const ZONE = 'Asia/Shanghai';
const WEEKLY = '0 19 * * 1';

function msPerCall(calls: number, run: () => void): number {
  const started = performance.now();
  for (let i = 0; i < calls; i++) run();
  return (performance.now() - started) / calls;
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const calls = Number(args.find((a) => a.startsWith('--calls='))?.split('=')[1] ?? 200);
  const now = new Date('2026-11-25T00:00:00Z'); // Wednesday: the weekly run is two days back
  previousRun(WEEKLY, now, ZONE); // warm up
  const cronMs = msPerCall(calls, () => previousRun(WEEKLY, now, ZONE));
  const bruteMs = msPerCall(3, () => previousRunByMinute(WEEKLY, now, ZONE));
  return {
    calls,
    previous_run_ms_per_call: Number(cronMs.toFixed(3)),
    minute_by_minute_ms_per_call: Number(bruteMs.toFixed(1)),
    ratio: Math.round(bruteMs / cronMs),
  };
}
