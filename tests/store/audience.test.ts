/**
 * Audiences are counted, split and enqueued inside the database, so a county-wide broadcast
 * never loads its recipients into memory. These tests pin that the database does exactly what
 * the old in-memory code did: the right people, once each, grouped by language and quiet hours.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION } from '../../src/domain/awareness/subscription.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { createBroadcast } from '../../src/store/broadcasts.repository.js';
import {
  advanceAudienceCursors,
  audienceSegments,
  countAudience,
  enqueueSegment,
} from '../../src/store/subscriptions.repository.js';
import {
  createTestStore,
  ENGINES,
  saveSettingsOf,
  settingsOf,
  type TestStore,
} from '../helpers/store.js';

const AT = '2026-11-30T00:00:00.000Z';
const VILLAGES = ['wl-hongqi', 'wl-qianjin', 'by-bayan', 'xm-xinmin'];
const LANGUAGES = [null, 'zh-CN', 'mn', 'en'];

/** 400 villagers: every 10th inactive, every 7th has saved settings (some with tips off). */
async function seedVillagers(store: TestStore) {
  const rows = Array.from({ length: 400 }, (_, i) => ({
    telegram_id: 500_000 + i,
    first_name: `v${i}`,
    language: LANGUAGES[Math.floor(i / 4) % 4] ?? null,
    village_code: VILLAGES[i % 4] as string,
    role: 'resident',
    scope_kind: null,
    scope_code: null,
    active: i % 10 === 9 ? 0 : 1,
    created_at: AT,
    updated_at: AT,
  }));
  await store.db.insertInto('users').values(rows).execute();
  for (let i = 0; i < 400; i += 7)
    await saveSettingsOf(store.db, telegramAddress(500_000 + i), {
      topics: { antifraud: i % 2 === 0, legal: true, traffic: true, urgent: true },
      quietStart: i % 3 === 0 ? '22:00' : '21:00',
      quietEnd: '07:30',
    });
  return rows;
}

describe.each(ENGINES)('audiences in the database on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('counts, splits and enqueues exactly the active subscribers in the target, once each', async () => {
    const rows = await seedVillagers(store);
    const expected = rows
      .map((r) => r.telegram_id)
      .filter((id) => {
        const i = id - 500_000;
        const tipsOff = i % 7 === 0 && i % 2 !== 0;
        const inWulan = VILLAGES[i % 4]?.startsWith('wl-');
        return i % 10 !== 9 && !tipsOff && inWulan;
      });
    const target = { townships: ['T-WULAN'] };
    expect(await countAudience(store.db, 'antifraud', target)).toBe(expected.length);

    const segments = await audienceSegments(store.db, 'antifraud', target, 'antifraud');
    expect(segments.reduce((n, s) => n + s.count, 0)).toBe(expected.length);
    expect(new Set(segments.map((s) => s.language))).toEqual(new Set(['', 'zh-CN', 'mn', 'en']));
    expect(segments.some((s) => s.quietStart === '22:00')).toBe(true);

    const id = await createBroadcast(store.db, {
      kind: 'antifraud',
      text: 't',
      priority: 1,
      authorId: null,
    });
    let added = 0;
    for (const s of segments)
      added += await enqueueSegment(store.db, id, 1, 'antifraud', target, s, 'antifraud');
    // A retried enqueue adds nobody twice.
    for (const s of segments)
      added += await enqueueSegment(store.db, id, 1, 'antifraud', target, s, 'antifraud');
    expect(added).toBe(expected.length);
    const queued = await store.db
      .selectFrom('broadcast_recipients')
      .select(['user_id', 'status', 'priority'])
      .where('broadcast_id', '=', id)
      .orderBy('user_id')
      .execute();
    expect(queued.map((q) => Number(q.user_id))).toEqual(expected);
    expect(new Set(queued.map((q) => `${q.status}/${q.priority}`))).toEqual(new Set(['pending/1']));
  });

  it('an empty pick of townships and villages reaches nobody', async () => {
    await seedVillagers(store);
    expect(await countAudience(store.db, 'notice', { townships: [], villages: [] })).toBe(0);
    expect(await audienceSegments(store.db, 'notice', { villages: [] })).toEqual([]);
  });

  it('moves everyone one item on, creating rows with the defaults for people who had none', async () => {
    await seedVillagers(store);
    const everyone = { all: true };
    const before = await audienceSegments(store.db, 'legal', everyone, 'legal');
    expect(before.every((s) => s.cursor === 0)).toBe(true);
    await advanceAudienceCursors(store.db, 'legal', everyone, new Date(AT));
    await advanceAudienceCursors(store.db, 'legal', everyone, new Date(AT));
    const after = await audienceSegments(store.db, 'legal', everyone, 'legal');
    expect(after.every((s) => s.cursor === 2)).toBe(true);
    expect(after.reduce((n, s) => n + s.count, 0)).toBe(before.reduce((n, s) => n + s.count, 0));
    const fresh = await store.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('user_id', '=', 500_001)
      .executeTakeFirstOrThrow();
    expect(fresh).toMatchObject({ antifraud_cursor: 0, legal_cursor: 2 });
    // The cursor row is the chat's place in the library; the settings stay the person's defaults.
    expect(await settingsOf(store.db, telegramAddress(500_001))).toEqual(DEFAULT_SUBSCRIPTION);
  });
});
