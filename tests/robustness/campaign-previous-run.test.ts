/**
 * Finding a campaign's previous run: cron-parser must agree with the minute-by-minute definition
 * (`firesAt`) in the county's zone and in one with daylight saving, read the schedule rather than
 * step through minutes (its cost: `npm run bench -- previous-run`), and the
 * database claim must keep catch-up exactly-once when two replicas start at the same moment.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCampaigns } from '../../src/app/campaigns.js';
import { firesAt, previousRun } from '../../src/domain/awareness/campaigns.js';
import { loadAwarenessLibrary } from '../../src/domain/awareness/library.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { createMemoryLogger } from '../../src/logger.js';
import { ensureUser, setVillage } from '../../src/store/users.repository.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';
import { previousRunByMinute } from './minute-by-minute.js';

/** Frequent schedules, so the (slow) brute force finds the answer within a few hours. */
const FREQUENT = ['*/15 * * * *', '0 * * * 1-5', '30 */2 * * *', '45 1-3 * * *'];

describe('previous run of a schedule', () => {
  it('agrees with the minute-by-minute definition, also across daylight saving', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Date.UTC(2026, 0, 1);
    // The two 2026 daylight-saving changes in Berlin, plus random moments through the year.
    const moments = [Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2026, 9, 25, 1, 30)];
    for (let i = 0; i < 4; i++) moments.push(base + Math.floor(random() * 365 * 86_400_000));
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin'])
      for (const expression of FREQUENT)
        for (const moment of moments) {
          const now = new Date(moment);
          expect(previousRun(expression, now, zone)?.toISOString(), `${expression} ${zone}`).toBe(
            previousRunByMinute(expression, now, zone, 8)?.toISOString(),
          );
        }
  });

  it('finds weekly and monthly runs days back, in the county time zone', () => {
    const tz = 'Asia/Shanghai';
    const now = new Date('2026-11-25T00:00:00Z'); // Wednesday 08:00 in Shanghai
    expect(previousRun('0 19 * * 1', now, tz)?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(previousRun('30 2 * * 0', now, tz)?.toISOString()).toBe('2026-11-21T18:30:00.000Z');
    expect(previousRun('0 0 1 * *', now, tz, 31)?.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    // Day of month OR day of week when both are restricted, as cron (and node-cron) read it.
    const either = previousRun('5 4 13 * 5', now, tz);
    expect(either?.toISOString()).toBe('2026-11-19T20:05:00.000Z');
    expect(either && firesAt('5 4 13 * 5', either, tz)).toBe(true);
  });

  it('counts the current minute, and gives up beyond the look-back window', () => {
    const at = new Date('2026-11-23T01:00:30Z'); // 09:00:30 in Shanghai
    expect(previousRun('0 9 * * *', at, 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-11-23T01:00:00.000Z',
    );
    expect(previousRun('0 12 29 2 *', at, 'Asia/Shanghai')).toBeNull();
  });

  it('reads the schedule, never stepping back minute by minute', () => {
    // Stepping back minute by minute cost 300–900 ms per call for a week; what a call costs now
    // is measured by `npm run bench -- previous-run`. Here, the behaviour that makes it cheap: the
    // last leap day's run, 1.4 million minutes back, is found exactly (stepping would hang).
    const now = new Date('2026-11-25T00:00:00Z');
    expect(previousRun('0 12 29 2 *', now, 'Asia/Shanghai', 366 * 4)?.toISOString()).toBe(
      '2024-02-29T04:00:00.000Z',
    );
  });
});

describe.each(ENGINES)('campaign catch-up on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T05:00:00Z'));
    store = await createTestStore(engine);
    await ensureUser(store.db, 1, 'A');
    await setVillage(store.db, 1, 'wl-hongqi');
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.cleanup();
  });

  it('sends a missed run once when two replicas start together', async () => {
    const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '0 9 * * *' };
    await store.db
      .insertInto('campaigns')
      .values({ id: campaign.id, paused: 0, last_run_at: '2026-11-22T01:00:00.000Z' })
      .execute();
    const deps = {
      db: store.db,
      translate: createTranslate(LOCALES_DIR),
      library: loadAwarenessLibrary(LOCALES_DIR),
      timeZone: 'Asia/Shanghai',
      logger: createMemoryLogger(),
    };
    const runners = await Promise.all([
      startCampaigns(deps, [campaign]),
      startCampaigns(deps, [campaign]),
    ]);
    for (const r of runners) await r.stop();
    const again = await startCampaigns(deps, [campaign]);
    await again.stop();
    const rows = await store.db.selectFrom('broadcasts').select('id').execute();
    expect(rows).toHaveLength(1);
    const state = await store.db.selectFrom('campaigns').selectAll().executeTakeFirstOrThrow();
    expect(state.last_run_at).toBe('2026-11-25T01:00:00.000Z');
  });
});
