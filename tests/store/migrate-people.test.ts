/**
 * Upgrading a station that has been running to people with addresses: a database filled as the
 * version before `2026-12-07-people` left it (Telegram users, web devices, WeChat followers,
 * OAuth links, SMS numbers verified on devices and imported) gets one person per resident.
 * Nothing is lost, what was known to be one person is one, new people get fresh ids, and
 * running the migrations again changes nothing.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { addressesOf, ensurePerson, personOf } from '../../src/store/people.repository.js';
import { pointBalance, pointHistory } from '../../src/store/points.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE_PEOPLE = '2026-12-06-wechat-choices';
const AT = (minute: number) => `2026-12-06T02:${String(minute).padStart(2, '0')}:00.000Z`;

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(db: Kysely<any>): Promise<void> {
  const user = (telegram_id: number, minute: number) => ({
    telegram_id,
    first_name: 'x',
    created_at: AT(minute),
    updated_at: AT(minute),
  });
  await db
    .insertInto('users')
    .values([user(700_001, 1), user(700_002, 2), user(700_003, 3)])
    .execute();
  // An anonymous report's relay and a point balance name Telegram users too.
  await db
    .insertInto('report_relays')
    .values({ relay_key: 'relay-1', telegram_id: 700_003, created_at: AT(4) })
    .execute();
  await db.insertInto('point_balances').values({ user_id: 700_001, balance: 15 }).execute();
  const row = (user_id: number | null, relay_key: string | null, delta: number) => ({
    user_id,
    relay_key,
    delta,
    balance_after: delta,
    reason: '有用线索',
    report_id: null,
    actor_id: 900,
    at: AT(4),
  });
  // A named award and one credited through an anonymous report's relay.
  await db
    .insertInto('point_ledger')
    .values([row(700_001, null, 10), row(null, 'relay-1', 5)])
    .execute();
  const device = (device_id: string, minute: number) => ({
    device_id,
    language: 'zh-CN',
    village_code: null,
    created_at: AT(minute),
    last_seen_at: AT(minute),
  });
  await db
    .insertInto('web_residents')
    .values([
      device('d-alone', 5),
      device('d-linked', 6),
      device('d-second', 7),
      device('d-sms', 8),
    ])
    .execute();
  const follower = (openid: string, minute: number) => ({
    openid,
    language: 'zh-CN',
    village_code: null,
    subscribed: 1,
    last_message_at: null,
    flow: null,
    created_at: AT(minute),
  });
  await db
    .insertInto('wechat_residents')
    .values([follower('o-linked', 9), follower('o-alone', 10)])
    .execute();
  // Two devices opened from the same follower's menu.
  await db
    .insertInto('wechat_web_links')
    .values([
      { device_id: 'd-linked', openid: 'o-linked', linked_at: AT(11) },
      { device_id: 'd-second', openid: 'o-linked', linked_at: AT(12) },
    ])
    .execute();
  const number = (phone: string, device_id: string | null, minute: number) => ({
    phone,
    village_code: null,
    language: 'zh-CN',
    consent: device_id ? 'web' : 'import: 村委会登记',
    device_id,
    urgent: 1,
    report_news: 0,
    verified_at: AT(minute),
    active: 1,
    created_at: AT(minute),
    updated_at: AT(minute),
  });
  await db
    .insertInto('sms_addresses')
    .values([
      number('+8613800000001', 'd-linked', 13),
      number('+8613800000002', 'd-sms', 14),
      number('+8613800000003', null, 15),
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: counting rows of any table.
async function counts(db: Kysely<any>, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await db
      .selectFrom(t)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

const OLD_TABLES = [
  'point_ledger',
  'users',
  'report_relays',
  'point_balances',
  'web_residents',
  'wechat_residents',
  'wechat_web_links',
  'sms_addresses',
];

describe.each(ENGINES)('people with addresses, upgrading a populated database on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.cleanup();
  });

  it('gives every identity a person, one person for what was known to be one', async () => {
    store = await createTestStore(engine, { upTo: BEFORE_PEOPLE });
    // biome-ignore lint/suspicious/noExplicitAny: the old schema.
    const old = store.db as unknown as Kysely<any>;
    await fillAsOldVersion(old);
    const before = await counts(old, OLD_TABLES);

    expect(await migrateToLatest(store.db)).toContain('2026-12-07-people');
    expect(await counts(old, OLD_TABLES)).toEqual(before);

    const { db } = store;
    const people = await db
      .selectFrom('person_addresses')
      .select(['person_id', 'channel', 'address'])
      .orderBy('person_id')
      .orderBy('channel')
      .orderBy('address')
      .execute();
    // Grouped by person, in order of first sight.
    const byPerson = new Map<number, string[]>();
    for (const r of people)
      byPerson.set(Number(r.person_id), [
        ...(byPerson.get(Number(r.person_id)) ?? []),
        `${r.channel}:${r.address}`,
      ]);
    expect([...byPerson.values()]).toEqual([
      ['telegram:700001'],
      ['telegram:700002'],
      ['telegram:700003'],
      ['web:d-alone'],
      // The follower, both devices opened from its menu, and the number verified on one of them.
      ['sms:+8613800000001', 'web:d-linked', 'web:d-second', 'wechat:o-linked'],
      ['sms:+8613800000002', 'web:d-sms'],
      ['wechat:o-alone'],
      ['sms:+8613800000003'],
      // The officer who awarded the points had never written to the bot: a later migration
      // (2026-12-13-officer-persons) gives such an actor a person too, so no actor is lost.
      ['telegram:900'],
    ]);
    expect(await counts(db, ['people'])).toEqual({ people: 9 });
    const created = await db.selectFrom('people').select('created_at').orderBy('id').execute();
    // The actor's person is dated when that migration ran.
    expect(created.slice(0, 8).map((r) => r.created_at)).toEqual([
      AT(1),
      AT(2),
      AT(3),
      AT(5),
      AT(6),
      AT(8),
      AT(10),
      AT(15),
    ]);

    // Points moved to the person, the ledger rows with them; the relayed row stays relayed.
    const first = (await personOf(db, { channel: 'telegram', address: '700001' })) as number;
    expect(await pointBalance(db, first)).toBe(15);
    expect((await pointHistory(db, first)).map((e) => e.delta)).toEqual([10]);
    const relayed = (await personOf(db, { channel: 'telegram', address: '700003' })) as number;
    expect((await pointHistory(db, relayed)).map((e) => e.delta)).toEqual([5]);
    expect(
      await db
        .selectFrom('point_ledger')
        .select('person_id')
        .where('relay_key', '=', 'relay-1')
        .execute(),
    ).toEqual([{ person_id: null }]);
    await expect(sql`update point_ledger set delta = 100`.execute(db)).rejects.toThrow(
      /append-only/,
    );

    // Running the migrations again is a no-op.
    const after = await counts(db, ['people', 'person_addresses']);
    expect(await migrateToLatest(store.db)).toEqual([]);
    expect(await counts(db, ['people', 'person_addresses'])).toEqual(after);

    // A resident who comes afterwards gets a fresh id, after the backfilled ones.
    const linked = await personOf(db, { channel: 'wechat', address: 'o-linked' });
    const fresh = await ensurePerson(db, { channel: 'telegram', address: '700009' });
    expect(fresh).toBeGreaterThan(Math.max(...byPerson.keys()));
    expect(await addressesOf(db, fresh)).toEqual([{ channel: 'telegram', address: '700009' }]);
    expect(await personOf(db, { channel: 'sms', address: '+8613800000001' })).toBe(linked);
  });
});
