/**
 * Scheduled awareness tips for web residents, beside `channel-audience.repository.ts` (which
 * serves approved broadcasts): the devices that take a library topic, split into segments that
 * share quiet hours and their place in the library, each enqueued into the notices outbox with
 * one INSERT … SELECT, and every device then moved one item on. Like Telegram's campaign
 * audience (`subscriptions.repository.ts`), no device is ever loaded into memory. A device takes
 * what its person's settings say (no row: everything, with the default quiet hours); a device
 * without a cursor row starts at item 0.
 *
 * A tip is not urgent, so a person gets one copy (as for broadcasts, in
 * `channel-audience.repository.ts`): a device gives way to its person's WeChat follower when the
 * follower still follows and WeChat is delivered (the device was linked by opening the chat
 * inside WeChat, and a chat message there is what the person sees), and else to the person's
 * device seen last (ties broken by device id). A person who used Telegram last takes it there
 * instead (`tip-address.ts`).
 */
import { sql } from 'kysely';
import type { Db } from './database.js';
import { insertNoticeRows } from './notices.repository.js';
import type { PersonSubscriptionTable } from './person-subscriptions.repository.js';
import { othersTakeTip, type TipChannels } from './tip-address.js';
import {
  checkTipRun,
  cursorOf,
  quietEndOf,
  quietStartOf,
  type TipLibrary,
  type TipRun,
  type TipSegment,
  takesTopic,
  tipNoticeColumns,
} from './tip-notices.js';
import type { WebResidentTable } from './web-residents.repository.js';
import type { WebSubscriptionTable } from './web-subscriptions.repository.js';
import type { WechatResidentTable } from './wechat.table.js';

export type {
  TipLibrary,
  TipRun as WebTipRun,
  TipSegment as WebTipSegment,
} from './tip-notices.js';

/** Whether a person's WeChat follower takes their tips in place of their devices. */
export interface WebTipOptions {
  wechat: boolean;
  /** The channels besides Telegram delivered here, for `othersTakeTip`; absent: all. */
  channels?: TipChannels;
}

type Tables = {
  web_residents: WebResidentTable;
  web_subscriptions: WebSubscriptionTable;
  person_subscriptions: PersonSubscriptionTable;
  wechat_residents: WechatResidentTable;
};
const tables = (db: Db) => db.withTables<Tables>();

/** Another device of the device's person (`pa`) in the audience, seen later (ties: higher id). */
const newerDevice = sql<boolean>`exists (select 1 from person_addresses pa2
  join web_residents w2 on w2.device_id = pa2.address
  join villages v2 on v2.code = w2.village_code
  where pa2.channel = 'web' and pa2.person_id = pa.person_id and w2.device_id <> w.device_id
    and (w2.last_seen_at > w.last_seen_at
      or (w2.last_seen_at = w.last_seen_at and w2.device_id > w.device_id)))`;

/** The device's person (`pa`) follows the account. Settings are the person's, so they take it too. */
const follower = sql<boolean>`exists (select 1 from person_addresses pa3
  join wechat_residents r3 on r3.openid = pa3.address
  where pa3.channel = 'wechat' and pa3.person_id = pa.person_id and r3.subscribed = 1)`;

/** Web residents of a known village whose person takes the topic, one device per person. */
function audience(db: Db, library: TipLibrary, options: WebTipOptions) {
  const superseded = options.wechat ? sql<boolean>`(${newerDevice} or ${follower})` : newerDevice;
  return tables(db)
    .selectFrom('web_residents as w')
    .innerJoin('villages', 'villages.code', 'w.village_code')
    .leftJoin('person_addresses as pa', (j) =>
      j.on('pa.channel', '=', 'web').onRef('pa.address', '=', 'w.device_id'),
    )
    .leftJoin('person_subscriptions as ps', 'ps.person_id', 'pa.person_id')
    .leftJoin('web_subscriptions as s', 's.device_id', 'w.device_id')
    .where(takesTopic(library))
    .where(sql<boolean>`(pa.person_id is null or not ${superseded})`)
    .where(othersTakeTip(options.channels));
}

export async function webTipSegments(
  db: Db,
  library: TipLibrary,
  options: WebTipOptions,
): Promise<TipSegment[]> {
  const rows = await audience(db, library, options)
    .select([
      quietStartOf.as('quiet_start'),
      quietEndOf.as('quiet_end'),
      cursorOf('s', library).as('cursor'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([quietStartOf, quietEndOf, cursorOf('s', library)])
    .execute();
  return rows.map((r) => ({
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
    cursor: Number(r.cursor),
    count: Number(r.n),
  }));
}

/** One segment's `tip` notices, one per device, due at `deliverAt`. */
export async function enqueueWebTipSegment(
  db: Db,
  run: TipRun,
  segment: Omit<TipSegment, 'count'>,
  options: WebTipOptions,
): Promise<void> {
  checkTipRun(run, segment);
  const rows = audience(db, run.library, options)
    .select(tipNoticeColumns(run, 'web', sql<string>`w.device_id`))
    .where(quietStartOf, '=', segment.quietStart)
    .where(quietEndOf, '=', segment.quietEnd)
    .where(cursorOf('s', run.library), '=', segment.cursor);
  await insertNoticeRows(db)
    .expression(rows)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/**
 * Moves every device in the audience one item on: cursor rows are incremented, and devices
 * without one get a row with the cursor at 1.
 */
export async function advanceWebTipCursors(
  db: Db,
  library: TipLibrary,
  now: Date,
  options: WebTipOptions,
): Promise<void> {
  const column = `${library}_cursor` as const;
  const at = now.toISOString();
  await tables(db)
    .updateTable('web_subscriptions')
    .set((eb) => ({ [column]: eb(column, '+', 1), updated_at: at }))
    .where('device_id', 'in', audience(db, library, options).select('w.device_id'))
    .execute();
  const newcomers = audience(db, library, options)
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
