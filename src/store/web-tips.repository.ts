/**
 * Scheduled awareness tips for web residents, beside `channel-audience.repository.ts` (which
 * serves approved broadcasts): the devices that take a library topic, split into segments that
 * share quiet hours and their place in the library, each enqueued into the notices outbox with
 * one INSERT … SELECT, and every device then moved one item on. Like Telegram's campaign
 * audience (`subscriptions.repository.ts`), no device is ever loaded into memory. A device takes
 * what its person's settings say (no row: everything, with the default quiet hours); a device
 * without a cursor row starts at item 0.
 */
import { sql } from 'kysely';
import { DEFAULT_SUBSCRIPTION } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import { insertNoticeRows } from './notices.repository.js';
import type { PersonSubscriptionTable } from './person-subscriptions.repository.js';
import type { WebResidentTable } from './web-residents.repository.js';
import type { WebSubscriptionTable } from './web-subscriptions.repository.js';

export type TipLibrary = 'antifraud' | 'legal';

type Tables = {
  web_residents: WebResidentTable;
  web_subscriptions: WebSubscriptionTable;
  person_subscriptions: PersonSubscriptionTable;
};
const tables = (db: Db) => db.withTables<Tables>();

export interface WebTipSegment {
  quietStart: string;
  quietEnd: string;
  /** The devices' next item in the library. */
  cursor: number;
  count: number;
}

const quietStartOf = sql<string>`coalesce(ps.quiet_start, ${sql.lit(DEFAULT_SUBSCRIPTION.quietStart)})`;
const quietEndOf = sql<string>`coalesce(ps.quiet_end, ${sql.lit(DEFAULT_SUBSCRIPTION.quietEnd)})`;
const cursorOf = (library: TipLibrary) =>
  sql<number>`coalesce(s.${sql.ref(`${library}_cursor`)}, 0)`;

/** Web residents of a known village whose person takes the topic (no settings row: everything on). */
function audience(db: Db, library: TipLibrary) {
  return tables(db)
    .selectFrom('web_residents as w')
    .innerJoin('villages', 'villages.code', 'w.village_code')
    .leftJoin('person_addresses as pa', (j) =>
      j.on('pa.channel', '=', 'web').onRef('pa.address', '=', 'w.device_id'),
    )
    .leftJoin('person_subscriptions as ps', 'ps.person_id', 'pa.person_id')
    .leftJoin('web_subscriptions as s', 's.device_id', 'w.device_id')
    .where((eb) => eb.or([eb(`ps.${library}`, 'is', null), eb(`ps.${library}`, '=', 1)]));
}

export async function webTipSegments(db: Db, library: TipLibrary): Promise<WebTipSegment[]> {
  const rows = await audience(db, library)
    .select([
      quietStartOf.as('quiet_start'),
      quietEndOf.as('quiet_end'),
      cursorOf(library).as('cursor'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([quietStartOf, quietEndOf, cursorOf(library)])
    .execute();
  return rows.map((r) => ({
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
    cursor: Number(r.cursor),
    count: Number(r.n),
  }));
}

export interface WebTipRun {
  library: TipLibrary;
  /** Names the run: each device's notice is keyed `<run key>:<device>`, so a rerun adds nothing. */
  runKey: string;
  itemId: string;
  priority: number;
  deliverAt: Date;
  now: Date;
}

/** One segment's `tip` notices, one per device, due at `deliverAt`. */
export async function enqueueWebTipSegment(
  db: Db,
  run: WebTipRun,
  segment: Omit<WebTipSegment, 'count'>,
): Promise<void> {
  if (!Number.isSafeInteger(run.priority) || !Number.isSafeInteger(segment.cursor))
    throw new Error(
      `Priority and cursor must be integers, got ${run.priority}, ${segment.cursor}.`,
    );
  const payload = JSON.stringify({ topic: run.library, itemId: run.itemId });
  // Literals, not parameters: PostgreSQL cannot infer a parameter's type in a select list.
  const rows = audience(db, run.library)
    .select([
      sql<string>`${sql.lit(`${run.runKey}:`)} || w.device_id`.as('idempotency_key'),
      sql.lit('web').as('channel'),
      'w.device_id as recipient',
      sql.lit('tip').as('kind'),
      sql.lit(payload).as('payload'),
      sql.lit(run.priority).as('priority'),
      sql.lit('pending').as('status'),
      sql.lit(0).as('attempts'),
      sql.lit(run.deliverAt.toISOString()).as('next_attempt_at'),
      sql.lit(run.now.toISOString()).as('created_at'),
      sql.lit(run.now.toISOString()).as('updated_at'),
    ])
    .where(quietStartOf, '=', segment.quietStart)
    .where(quietEndOf, '=', segment.quietEnd)
    .where(cursorOf(run.library), '=', segment.cursor);
  await insertNoticeRows(db)
    .expression(rows)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/**
 * Moves every device in the audience one item on: cursor rows are incremented, and devices
 * without one get a row with the cursor at 1.
 */
export async function advanceWebTipCursors(db: Db, library: TipLibrary, now: Date): Promise<void> {
  const column = `${library}_cursor` as const;
  const at = now.toISOString();
  await tables(db)
    .updateTable('web_subscriptions')
    .set((eb) => ({ [column]: eb(column, '+', 1), updated_at: at }))
    .where('device_id', 'in', audience(db, library).select('w.device_id'))
    .execute();
  const newcomers = audience(db, library)
    .where('s.device_id', 'is', null)
    .select([
      'w.device_id as device_id',
      sql.lit(library === 'antifraud' ? 1 : 0).as('antifraud_cursor'),
      sql.lit(library === 'legal' ? 1 : 0).as('legal_cursor'),
      sql.lit(at).as('updated_at'),
    ]);
  await tables(db)
    .insertInto('web_subscriptions')
    .columns(['device_id', 'antifraud_cursor', 'legal_cursor', 'updated_at'])
    .expression(newcomers)
    .onConflict((oc) => oc.column('device_id').doNothing())
    .execute();
}
