/**
 * Upgrading a station that has been running to reporters as people: a database filled as the
 * version before `2026-12-08-reporter-persons` left it (named and anonymous reports from Telegram
 * and the web, a relay, a point credited through it, a named reporter whose user row is gone)
 * names each reporter by person afterwards. Nothing is lost: every reporter still finds their
 * reports, an anonymous report still names no one in `reports`, and retention still cuts the
 * relay. Running the migrations again changes nothing.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramAddress, webAddress } from '../../src/domain/people/addresses.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { ensurePerson, personOf } from '../../src/store/people.repository.js';
import { pointHistory } from '../../src/store/points.repository.js';
import {
  getReport,
  moveReport,
  removePersonalData,
  reporterAddressOf,
  reporterChatOf,
  reportsOfPerson,
} from '../../src/store/reports.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE = '2026-12-07-people';
const AT = (minute: number) => `2026-12-07T02:${String(minute).padStart(2, '0')}:00.000Z`;

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(store: TestStore, db: Kysely<any>): Promise<void> {
  const user = (telegram_id: number, minute: number) => ({
    telegram_id,
    first_name: `u${telegram_id}`,
    created_at: AT(minute),
    updated_at: AT(minute),
  });
  await db
    .insertInto('users')
    .values([user(700_001, 1), user(700_002, 2)])
    .execute();
  // People as that version made them: on first sight of each Telegram user and web device.
  for (const id of [700_001, 700_002]) await ensurePerson(store.db, telegramAddress(id));
  for (const device of ['d-named', 'd-anon']) await ensurePerson(store.db, webAddress(device));
  const report = (
    n: number,
    anonymous: boolean,
    reporter_id: number | null,
    relay_key: string | null,
  ) => ({
    reference: `JF-20261207-000${n}`,
    submission_key: `key-${n}`,
    kind: 'dispute',
    category: 'land',
    colour: 'yellow',
    status: 'new',
    description: `report ${n}`,
    village_code: 'wl-hongqi',
    township_code: 'T-WULAN',
    station_code: 'ST-WULAN',
    anonymous: anonymous ? 1 : 0,
    reporter_id,
    relay_key,
    reporter_language: 'zh-CN',
    created_at: AT(10 + n),
    updated_at: AT(10 + n),
  });
  await db
    .insertInto('reports')
    .values([
      report(1, false, 700_001, null), // named, Telegram
      report(2, true, null, 'relay-2'), // anonymous, Telegram, through a relay
      report(3, false, null, null), // named, web
      report(4, true, null, null), // anonymous, web (the device was its only link)
      report(5, false, 700_009, null), // named, Telegram, whose user row is gone
    ])
    .execute();
  await db
    .insertInto('report_relays')
    .values({ relay_key: 'relay-2', telegram_id: 700_002, created_at: AT(12) })
    .execute();
  await db
    .insertInto('report_web_reporters')
    .values([
      { report_id: 3, device_id: 'd-named' },
      { report_id: 4, device_id: 'd-anon' },
    ])
    .execute();
  // A point credited through the relay of the anonymous Telegram report.
  await db
    .insertInto('point_ledger')
    .values({
      user_id: null,
      person_id: null,
      relay_key: 'relay-2',
      delta: 5,
      balance_after: 5,
      reason: '有用线索 JF-20261207-0002',
      report_id: 2,
      actor_id: 900,
      at: AT(20),
    })
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: counting rows of any table.
async function count(db: Kysely<any>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(ENGINES)('reporters as people, upgrading a populated database on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.cleanup();
  });

  it('names every reporter by person, keeps anonymous reports anonymous, and loses nothing', async () => {
    store = await createTestStore(engine, { upTo: BEFORE });
    // biome-ignore lint/suspicious/noExplicitAny: the old schema.
    const old = store.db as unknown as Kysely<any>;
    await fillAsOldVersion(store, old);

    expect(await migrateToLatest(store.db)).toContain('2026-12-08-reporter-persons');
    const { db } = store;
    expect(await count(db, 'reports')).toBe(5);
    const person = async (address: Parameters<typeof personOf>[1]) =>
      (await personOf(db, address)) as number;
    const named = await person(telegramAddress(700_001));
    const relayed = await person(telegramAddress(700_002));
    const webNamed = await person(webAddress('d-named'));
    const webAnon = await person(webAddress('d-anon'));
    // The reporter whose user row was gone got a person of their own.
    const lost = await person(telegramAddress(700_009));
    expect(new Set([named, relayed, webNamed, webAnon, lost]).size).toBe(5);

    const rows = await db
      .selectFrom('reports')
      .select(['id', 'anonymous', 'reporter_person_id', 'relay_key'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [Number(r.id), r.reporter_person_id, r.relay_key !== null])).toEqual([
      [1, named, false],
      [2, null, true],
      [3, webNamed, false],
      [4, null, true],
      [5, lost, false],
    ]);
    // Each reporter finds exactly their own reports, named or anonymous.
    const mine = async (p: number) => (await reportsOfPerson(db, p)).map((r) => r.id);
    expect(await mine(named)).toEqual([1]);
    expect(await mine(relayed)).toEqual([2]);
    expect(await mine(webNamed)).toEqual([3]);
    expect(await mine(webAnon)).toEqual([4]);
    expect(await mine(lost)).toEqual([5]);
    // Each relay points to a person; the old Telegram relay keeps its key and its point.
    const relays = await db
      .selectFrom('report_relays')
      .select(['relay_key', 'person_id'])
      .orderBy('person_id')
      .execute();
    expect(relays.map((r) => Number(r.person_id))).toEqual(
      [relayed, webAnon].sort((a, b) => a - b),
    );
    expect(relays.map((r) => r.relay_key)).toContain('relay-2');
    expect((await pointHistory(db, relayed)).map((e) => e.delta)).toEqual([5]);
    // The news still reaches each reporter where it did.
    const report = async (id: number) =>
      (await getReport(db, id)) as NonNullable<Awaited<ReturnType<typeof getReport>>>;
    expect(await reporterChatOf(db, await report(1))).toBe(700_001);
    expect(await reporterAddressOf(db, await report(2))).toEqual({
      channel: 'telegram',
      relayKey: 'relay-2',
    });
    expect(await reporterChatOf(db, await report(2))).toBe(700_002);
    expect(await reporterAddressOf(db, await report(4))).toEqual({
      channel: 'web',
      deviceId: 'd-anon',
    });

    // Retention cuts the relay of a closed anonymous report, as before.
    await moveReport(db, 4, 'new', 'closed');
    await moveReport(db, 2, 'new', 'closed');
    expect(await removePersonalData(db, new Date('2100-01-01T00:00:00Z'))).toBe(2);
    expect(await count(db, 'report_relays')).toBe(0);
    expect(await mine(webAnon)).toEqual([]);
    expect(await mine(relayed)).toEqual([]);

    // Running the migrations again is a no-op.
    expect(await migrateToLatest(store.db)).toEqual([]);
  });
});
