/**
 * Scheduled awareness tips for WeChat followers, as `web-tips.repository.ts` does for web
 * devices: the followers whose person takes a library topic, split into segments that share
 * quiet hours and their place in the library, each enqueued into the notices outbox with one
 * INSERT … SELECT, and every follower then moved one item on (`wechat_tip_cursors`, migration
 * 2026-12-10). No follower is loaded into memory.
 *
 * Every follower who still follows counts, with or without a village: following the account is
 * itself the choice to hear from the station (a web device, by contrast, is made by any visit to
 * the page, so only one that chose a village counts). A follower takes their person's settings
 * (no row: everything on, default quiet hours), and takes a tip in place of the person's web
 * devices (see `web-tips.repository.ts`), unless they used Telegram last (`tip-address.ts`).
 *
 * A follower past the 48-hour window whose tip (or anything else) is already held for their next
 * message is left out, and keeps their place: a follower silent for a month then gets one tip
 * when they write, not thirty.
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
import type { WechatResidentTable } from './wechat.table.js';

export interface WechatTipCursorTable {
  openid: string;
  antifraud_cursor: number;
  legal_cursor: number;
  updated_at: string;
}

type Tables = {
  wechat_residents: WechatResidentTable;
  wechat_tip_cursors: WechatTipCursorTable;
  person_subscriptions: PersonSubscriptionTable;
};
const tables = (db: Db) => db.withTables<Tables>();

/** When the customer-service window opens for this run: a message since then keeps it open. */
export interface WechatTipWindow {
  windowSince: Date;
  /** The channels besides Telegram delivered here, for `othersTakeTip`; absent: all. */
  channels?: TipChannels;
}

/** Followers who still follow, whose person takes the topic, and who have nothing held. */
function audience(db: Db, library: TipLibrary, window: WechatTipWindow) {
  const since = window.windowSince.toISOString();
  const waiting = sql<boolean>`(coalesce(r.last_message_at, '') < ${since}
    and exists (select 1 from wechat_pending_messages p where p.openid = r.openid))`;
  return tables(db)
    .selectFrom('wechat_residents as r')
    .leftJoin('person_addresses as pa', (j) =>
      j.on('pa.channel', '=', 'wechat').onRef('pa.address', '=', 'r.openid'),
    )
    .leftJoin('person_subscriptions as ps', 'ps.person_id', 'pa.person_id')
    .leftJoin('wechat_tip_cursors as c', 'c.openid', 'r.openid')
    .where('r.subscribed', '=', 1)
    .where(takesTopic(library))
    .where(sql<boolean>`not ${waiting}`)
    .where(othersTakeTip(window.channels));
}

export async function wechatTipSegments(
  db: Db,
  library: TipLibrary,
  window: WechatTipWindow,
): Promise<TipSegment[]> {
  const rows = await audience(db, library, window)
    .select([
      quietStartOf.as('quiet_start'),
      quietEndOf.as('quiet_end'),
      cursorOf('c', library).as('cursor'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([quietStartOf, quietEndOf, cursorOf('c', library)])
    .execute();
  return rows.map((r) => ({
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
    cursor: Number(r.cursor),
    count: Number(r.n),
  }));
}

/** One segment's `tip` notices, one per follower, due at `deliverAt`. */
export async function enqueueWechatTipSegment(
  db: Db,
  run: TipRun,
  segment: Omit<TipSegment, 'count'>,
  window: WechatTipWindow,
): Promise<void> {
  checkTipRun(run, segment);
  const rows = audience(db, run.library, window)
    .select(tipNoticeColumns(run, 'wechat', sql<string>`r.openid`))
    .where(quietStartOf, '=', segment.quietStart)
    .where(quietEndOf, '=', segment.quietEnd)
    .where(cursorOf('c', run.library), '=', segment.cursor);
  await insertNoticeRows(db)
    .expression(rows)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** Moves every follower in the audience one item on (a new row starts at 1). */
export async function advanceWechatTipCursors(
  db: Db,
  library: TipLibrary,
  now: Date,
  window: WechatTipWindow,
): Promise<void> {
  const column = `${library}_cursor` as const;
  const at = now.toISOString();
  await tables(db)
    .updateTable('wechat_tip_cursors')
    .set((eb) => ({ [column]: eb(column, '+', 1), updated_at: at }))
    .where('openid', 'in', audience(db, library, window).select('r.openid'))
    .execute();
  const newcomers = audience(db, library, window)
    .where('c.openid', 'is', null)
    .select([
      'r.openid as openid',
      sql.lit(library === 'antifraud' ? 1 : 0).as('antifraud_cursor'),
      sql.lit(library === 'legal' ? 1 : 0).as('legal_cursor'),
      sql.lit(at).as('updated_at'),
    ]);
  await tables(db)
    .insertInto('wechat_tip_cursors')
    .columns(['openid', 'antifraud_cursor', 'legal_cursor', 'updated_at'])
    .expression(newcomers)
    .onConflict((oc) => oc.column('openid').doNothing())
    .execute();
}
