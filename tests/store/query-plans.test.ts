/**
 * The queries that run on every officer command or every minute must use an index, not read the
 * whole reports table: with a million reports a full scan takes seconds, and better-sqlite3 is
 * synchronous, so every other villager would wait. 100,000 reports (most of them closed, as in a
 * county after a few years) are enough for both planners to show their real choice.
 */
import { type Compilable, CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listReportsQuery,
  openCountsQuery,
  openReportsQuery,
  reportCountsQuery,
  waitingReportsQuery,
} from '../../src/store/reports.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const REPORTS = 100_000;
const START = Date.UTC(2024, 0, 1);
/** A county of 20 stations with 3 townships each, as on the large end of real counties. */
const STATIONS = 20;
const COLOURS = ['red', 'yellow', 'green'] as const;

/**
 * One report every five minutes over about a year. One in ten is still open; one in a thousand
 * is still new, and most of those were escalated already (the sweep must skip them cheaply).
 */
function reportRow(i: number) {
  const township = i % (STATIONS * 3);
  const at = new Date(START + i * 5 * 60_000).toISOString();
  // A multiplicative hash spreads the statuses evenly over stations and colours.
  const h = Math.imul(i, 2654435761) >>> 12;
  const isNew = h % 1000 === 7;
  const status = isNew ? 'new' : h % 10 === 3 ? 'in_progress' : 'closed';
  return {
    reference: `JF-P-${i}`,
    submission_key: `plan-${i}`,
    kind: 'dispute',
    category: 'land',
    colour: COLOURS[i % 3] as string,
    status,
    description: 'x',
    village_code: `v-${township}-${i % 7}`,
    township_code: `T-${township}`,
    station_code: `ST-${township % STATIONS}`,
    outside_county: 0,
    anonymous: 1,
    reporter_language: 'zh-CN',
    created_at: at,
    updated_at: at,
    escalated_at: isNew && h % 5000 !== 7 ? at : null,
  };
}

async function planOf(store: TestStore, query: Compilable): Promise<string> {
  const { sql: text, parameters } = query.compile();
  const prefix = store.engine === 'sqlite' ? 'explain query plan ' : 'explain ';
  const result = await store.db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(prefix + text, [...parameters]),
  );
  // SQLite names the step in `detail`; PostgreSQL gives one `QUERY PLAN` line per row.
  return result.rows.map((r) => String(r.detail ?? r['QUERY PLAN'])).join('\n');
}

describe.each(ENGINES)('hot report queries on %s', (engine) => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore(engine, { seed: false });
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < REPORTS; i += 1000) {
        const rows = Array.from({ length: 1000 }, (_, k) => reportRow(i + k));
        await trx.insertInto('reports').values(rows).execute();
      }
    });
    await sql`analyze reports`.execute(store.db);
  }, 120_000);
  afterAll(() => store?.cleanup());

  const cases: [string, () => Compilable, string][] = [
    [
      '/reports page 1',
      () => listReportsQuery(store.db, { stationCode: 'ST-3' }),
      'reports_station_id_idx',
    ],
    [
      '/reports page 100',
      () => listReportsQuery(store.db, { stationCode: 'ST-3', offset: 990 }),
      'reports_station_id_idx',
    ],
    [
      '/reports for a township',
      () => listReportsQuery(store.db, { townshipCode: 'T-7', status: 'open' }),
      'reports_township_id_idx',
    ],
    [
      'the escalation sweep',
      () => waitingReportsQuery(store.db, 'red', '2030-01-01T00:00:00.000Z'),
      'reports_waiting_idx',
    ],
    ['the digest list', () => openReportsQuery(store.db, 'ST-3', 'yellow', 50), 'reports_open_idx'],
    ['the digest counts', () => openCountsQuery(store.db, 'ST-3'), 'reports_open_idx'],
    [
      '/stats for the county',
      () => reportCountsQuery(store.db, new Date(START + (REPORTS - 2000) * 5 * 60_000), {}),
      'reports_created_idx',
    ],
  ];

  // SQLite's planner is rule-based and must take the index made for the query. PostgreSQL weighs
  // statistics and may walk the primary key instead when that is cheaper; either way, no full scan.
  it.each(cases)('%s reads an index, not the whole table', async (_name, query, index) => {
    const plan = await planOf(store, query());
    if (engine === 'sqlite') expect(plan).toContain(index);
    expect(plan).not.toMatch(/SCAN reports(?! USING)|Seq Scan on reports/);
  });

  it('the digest counts every open report, not a capped sample', async () => {
    const rows = await openCountsQuery(store.db, 'ST-4').execute();
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const expected = Array.from({ length: REPORTS }, (_, i) => reportRow(i)).filter(
      (r) => r.station_code === 'ST-4' && r.status !== 'closed',
    ).length;
    expect(total).toBe(expected);
    expect(total).toBeGreaterThan(200);
  });
});
