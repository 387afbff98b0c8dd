/**
 * An upgrade on a station that has been running: a database filled by the version before the
 * privacy migration is brought to the latest schema. Nothing is lost, and the rows the privacy
 * rules reach are changed as promised: the ledger no longer ties an anonymous reporter's id to
 * the report, closed reports get their closing time, old sessions get a lifetime.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE_PRIVACY = '2026-12-02-answer-feedback';
const ANONYMOUS_REPORTER = 700_001;
const NAMED_REPORTER = 700_002;
const AT = '2026-11-30T02:00:00.000Z';

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('county')
    .values({ id: 'C', name: '县', service_hall: '大厅', dmv: '车管所', command_chat_id: -1001 })
    .execute();
  await db
    .insertInto('stations')
    .values({ code: 'ST', name: '所', address: '路', phone: '1', hours: '8-17', chat_id: -1002 })
    .execute();
  await db
    .insertInto('townships')
    .values({ code: 'T', station_code: 'ST', name: '镇', command_chat_id: null })
    .execute();
  await db
    .insertInto('villages')
    .values({ code: 'v1', township_code: 'T', name: '村', officer_name: '警', officer_phone: '2' })
    .execute();
  for (const id of [ANONYMOUS_REPORTER, NAMED_REPORTER])
    await db
      .insertInto('users')
      .values({
        telegram_id: id,
        first_name: 'x',
        village_code: 'v1',
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  const report = (n: number, anonymous: boolean, status: string) => ({
    id: n,
    reference: `R-${n}`,
    submission_key: `k-${n}`,
    kind: 'dispute',
    category: 'land',
    colour: 'green',
    status,
    description: `报告 ${n}`,
    village_code: 'v1',
    township_code: 'T',
    station_code: 'ST',
    anonymous: anonymous ? 1 : 0,
    reporter_id: anonymous ? null : NAMED_REPORTER,
    relay_key: anonymous ? `relay-${n}` : null,
    created_at: AT,
    updated_at: '2026-12-01T02:00:00.000Z',
  });
  await db
    .insertInto('reports')
    .values([report(1, true, 'closed'), report(2, false, 'open'), report(3, false, 'rejected')])
    .execute();
  await db
    .insertInto('report_relays')
    .values({ relay_key: 'relay-1', telegram_id: ANONYMOUS_REPORTER, created_at: AT })
    .execute();
  await db
    .insertInto('report_events')
    .values([
      { report_id: 1, at: AT, actor_id: 900, type: 'status', body: 'closed' },
      { report_id: 2, at: AT, actor_id: null, type: 'note', body: '补充' },
    ])
    .execute();
  await db
    .insertInto('point_ledger')
    .values([
      {
        user_id: ANONYMOUS_REPORTER,
        delta: 10,
        balance_after: 10,
        reason: 'R-1',
        report_id: 1,
        actor_id: 900,
        at: AT,
      },
      {
        user_id: NAMED_REPORTER,
        delta: 10,
        balance_after: 10,
        reason: 'R-2',
        report_id: 2,
        actor_id: 900,
        at: AT,
      },
      {
        user_id: NAMED_REPORTER,
        delta: -5,
        balance_after: 5,
        reason: 'gift',
        report_id: null,
        actor_id: null,
        at: AT,
      },
    ])
    .execute();
  await db
    .insertInto('audit_log')
    .values({ at: AT, actor_id: 900, action: 'report.status', subject: 'report:1', detail: '{}' })
    .execute();
  await db
    .insertInto('kv')
    .values({ key: 'session:700001', value: '{}', expires_at: null })
    .execute();
  await db.insertInto('processed_updates').values({ update_id: 42, received_at: AT }).execute();
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

const TABLES = [
  'users',
  'reports',
  'report_relays',
  'report_events',
  'point_ledger',
  'audit_log',
  'kv',
  'processed_updates',
];

describe.each(ENGINES)('upgrading a populated database, on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.cleanup();
  });

  it('keeps every row and applies the privacy rules to the old ones', async () => {
    store = await createTestStore(engine, { upTo: BEFORE_PRIVACY });
    // biome-ignore lint/suspicious/noExplicitAny: the old schema.
    const db = store.db as unknown as Kysely<any>;
    await fillAsOldVersion(db);
    const before = await counts(db, TABLES);

    const applied = await migrateToLatest(store.db);
    expect(applied).toContain('2026-12-02-privacy-and-leases');
    expect(await counts(db, TABLES)).toEqual(before);

    const ledger = await db
      .selectFrom('point_ledger')
      .select(['user_id', 'report_id', 'relay_key', 'reason', 'delta'])
      .orderBy('id')
      .execute();
    expect(
      ledger.map((r) => ({ ...r, user_id: r.user_id === null ? null : Number(r.user_id) })),
    ).toEqual([
      { user_id: null, report_id: 1, relay_key: 'relay-1', reason: 'R-1', delta: 10 },
      { user_id: NAMED_REPORTER, report_id: 2, relay_key: null, reason: 'R-2', delta: 10 },
      { user_id: NAMED_REPORTER, report_id: null, relay_key: null, reason: 'gift', delta: -5 },
    ]);
    // Nowhere in the ledger is the anonymous reporter's id left.
    const tied = await db
      .selectFrom('point_ledger')
      .select('id')
      .where('user_id', '=', ANONYMOUS_REPORTER)
      .execute();
    expect(tied).toEqual([]);

    const closed = await db
      .selectFrom('reports')
      .select(['id', 'closed_at'])
      .orderBy('id')
      .execute();
    expect(closed.map((r) => [Number(r.id), r.closed_at])).toEqual([
      [1, '2026-12-01T02:00:00.000Z'],
      [2, null],
      [3, '2026-12-01T02:00:00.000Z'],
    ]);

    const session = await db
      .selectFrom('kv')
      .select('expires_at')
      .where('key', '=', 'session:700001')
      .executeTakeFirstOrThrow();
    expect(Number(session.expires_at)).toBeGreaterThan(0);

    // The ledger is still append-only after the upgrade.
    await expect(
      db.updateTable('point_ledger').set({ delta: 99 }).where('report_id', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
