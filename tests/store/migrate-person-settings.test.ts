/**
 * Upgrading a station that has been running to reminder settings per person: a database filled
 * as the version before `2026-12-09-person-settings` left it (Telegram settings by Telegram id,
 * web settings by device, a WeChat follower's by person, and the cursor rows campaigns wrote)
 * keeps every choice, now under the person, and each address keeps its place in the libraries.
 * When one person had several rows the most recently changed one wins, and a row that only holds
 * the defaults (a campaign's cursor row) never beats a real choice. Running again changes nothing.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION } from '../../src/domain/awareness/subscription.js';
import {
  type Address,
  telegramAddress,
  webAddress,
  wechatAddress,
} from '../../src/domain/people/addresses.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { ensurePerson, personOf } from '../../src/store/people.repository.js';
import { remindersOf } from '../../src/workflows/awareness/reminder-settings.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE = '2026-12-08-sms-code-requester';
const AT = (minute: number) => `2026-12-08T02:${String(minute).padStart(2, '0')}:00.000Z`;
const DEFAULTS = { antifraud: 1, legal: 1, traffic: 1, urgent: 1 };
const QUIET = { quiet_start: '21:00', quiet_end: '07:30' };

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(store: TestStore, db: Kysely<any>): Promise<void> {
  const user = (telegram_id: number) => ({
    telegram_id,
    first_name: `u${telegram_id}`,
    created_at: AT(0),
    updated_at: AT(0),
  });
  await db
    .insertInto('users')
    .values([user(700_001), user(700_002), user(700_003)])
    .execute();
  for (const device of ['d-alone', 'd-both'])
    await db
      .insertInto('web_residents')
      .values({ device_id: device, language: 'zh-CN', created_at: AT(0), last_seen_at: AT(0) })
      .execute();
  // People as that version made them; 700_003 and d-both are one person (linked earlier).
  for (const id of [700_001, 700_002, 700_003]) await ensurePerson(store.db, telegramAddress(id));
  await ensurePerson(store.db, webAddress('d-alone'));
  const both = await ensurePerson(store.db, telegramAddress(700_003));
  await db
    .insertInto('person_addresses')
    .values({ person_id: both, channel: 'web', address: 'd-both', created_at: AT(0) })
    .execute();
  // 700_002 also follows the WeChat account, where they turned urgent warnings off.
  const follower = await ensurePerson(store.db, telegramAddress(700_002));
  await db
    .insertInto('person_addresses')
    .values({ person_id: follower, channel: 'wechat', address: 'o_2', created_at: AT(0) })
    .execute();
  await db
    .insertInto('person_subscriptions')
    .values({ person_id: follower, ...DEFAULTS, urgent: 0, ...QUIET, updated_at: AT(5) })
    .execute();

  const cursors = { antifraud_cursor: 3, legal_cursor: 1 };
  await db
    .insertInto('subscriptions')
    .values([
      // Legal reminders off, chosen in Telegram.
      { user_id: 700_001, ...DEFAULTS, legal: 0, ...QUIET, ...cursors, updated_at: AT(1) },
      // Only a campaign's cursor row, written after the WeChat choice.
      { user_id: 700_002, ...DEFAULTS, ...QUIET, ...cursors, updated_at: AT(30) },
      // Quiet 22:00–06:00 in Telegram, then traffic off on the web (later): the web wins.
      {
        user_id: 700_003,
        ...DEFAULTS,
        quiet_start: '22:00',
        quiet_end: '06:00',
        ...cursors,
        updated_at: AT(2),
      },
    ])
    .execute();
  await db
    .insertInto('web_subscriptions')
    .values([
      {
        device_id: 'd-alone',
        ...DEFAULTS,
        antifraud: 0,
        quiet_start: '00:00',
        quiet_end: '00:00',
        antifraud_cursor: 2,
        legal_cursor: 0,
        updated_at: AT(3),
      },
      {
        device_id: 'd-both',
        ...DEFAULTS,
        traffic: 0,
        ...QUIET,
        antifraud_cursor: 1,
        legal_cursor: 4,
        updated_at: AT(4),
      },
    ])
    .execute();
}

describe.each(ENGINES)(
  'reminder settings per person, upgrading a populated database on %s',
  (engine) => {
    let store: TestStore | undefined;
    afterEach(async () => {
      await store?.cleanup();
    });

    it('moves every choice to its person, keeps each address’s library place, and loses nothing', async () => {
      store = await createTestStore(engine, { upTo: BEFORE });
      // biome-ignore lint/suspicious/noExplicitAny: the old schema.
      await fillAsOldVersion(store, store.db as unknown as Kysely<any>);

      expect(await migrateToLatest(store.db)).toContain('2026-12-09-person-settings');
      const { db } = store;
      const settings = async (a: Address) =>
        remindersOf(db, { personId: (await personOf(db, a)) as number });
      const topics = (changed: Partial<typeof DEFAULT_SUBSCRIPTION.topics>) => ({
        ...DEFAULT_SUBSCRIPTION.topics,
        ...changed,
      });

      expect(await settings(telegramAddress(700_001))).toEqual({
        ...DEFAULT_SUBSCRIPTION,
        topics: topics({ legal: false }),
      });
      // The WeChat choice beats the later row that only held the defaults.
      expect(await settings(telegramAddress(700_002))).toEqual({
        ...DEFAULT_SUBSCRIPTION,
        topics: topics({ urgent: false }),
      });
      expect(await settings(wechatAddress('o_2'))).toEqual(
        await settings(telegramAddress(700_002)),
      );
      // One person, two rows: the web change (later) wins, on both addresses.
      const both = { ...DEFAULT_SUBSCRIPTION, topics: topics({ traffic: false }) };
      expect(await settings(telegramAddress(700_003))).toEqual(both);
      expect(await settings(webAddress('d-both'))).toEqual(both);
      expect(await settings(webAddress('d-alone'))).toEqual({
        topics: topics({ antifraud: false }),
        quietStart: '00:00',
        quietEnd: '00:00',
      });
      const count = async (table: string) =>
        Number(
          (
            await (db as unknown as Kysely<Record<string, object>>)
              .selectFrom(table)
              .select(sql<number>`count(*)`.as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('person_subscriptions')).toBe(4);

      // The old tables keep each address's place in the libraries, and no settings.
      const telegramRows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .orderBy('user_id')
        .execute();
      expect(
        telegramRows.map((r) => [Number(r.user_id), r.antifraud_cursor, r.legal_cursor]),
      ).toEqual([
        [700_001, 3, 1],
        [700_002, 3, 1],
        [700_003, 3, 1],
      ]);
      expect(Object.keys(telegramRows[0] ?? {}).sort()).toEqual(
        ['antifraud_cursor', 'legal_cursor', 'updated_at', 'user_id'].sort(),
      );
      const webRows = await sql<{
        device_id: string;
        antifraud_cursor: number;
        legal_cursor: number;
      }>`
      select * from web_subscriptions order by device_id`.execute(db);
      expect(webRows.rows.map((r) => [r.device_id, r.antifraud_cursor, r.legal_cursor])).toEqual([
        ['d-alone', 2, 0],
        ['d-both', 1, 4],
      ]);
      expect(Object.keys(webRows.rows[0] ?? {}).sort()).toEqual(
        ['antifraud_cursor', 'device_id', 'legal_cursor', 'updated_at'].sort(),
      );

      // Running the migrations again is a no-op.
      expect(await migrateToLatest(store.db)).toEqual([]);
      expect(await count('person_subscriptions')).toBe(4);
    });
  },
);
