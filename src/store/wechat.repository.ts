/**
 * The WeChat channel's store: residents by openid, handled pushes, held messages and the shared
 * access token. Plain functions over `db | trx`, like every repository here.
 */
import { webAddress, wechatAddress } from '../domain/people/addresses.js';
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';
import { addAddress, ensurePerson } from './people.repository.js';
import type { WechatResidentTable } from './wechat.table.js';

export type WechatResident = WechatResidentTable;

/** How long a handled push is remembered: WeChat's retries come within about 15 seconds. */
export const PROCESSED_TTL_MS = 24 * 3600_000;

/**
 * Records a push as handled; false when it was already (a retry of the same MsgId, or of the
 * same event). Done in the database so a retry landing on another replica is caught too.
 */
export async function claimWechatMessage(db: Db, key: string, now = new Date()): Promise<boolean> {
  const row = await db
    .insertInto('wechat_processed_messages')
    .values({ message_key: key, received_at: now.toISOString() })
    .onConflict((oc) => oc.column('message_key').doNothing())
    .returning('message_key')
    .executeTakeFirst();
  return row !== undefined;
}

export async function pruneWechatMessages(
  db: Db,
  olderThanMs = PROCESSED_TTL_MS,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
  const result = await db
    .deleteFrom('wechat_processed_messages')
    .where('received_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function getWechatResident(db: Db, openid: string): Promise<WechatResident | null> {
  const row = await db
    .selectFrom('wechat_residents')
    .selectAll()
    .where('openid', '=', openid)
    .executeTakeFirst();
  return row ?? null;
}

export interface ResidentUpdate {
  /** Set only when known (a village QR scene); an existing village is kept otherwise. */
  villageCode?: string;
  language?: string;
  subscribed?: boolean;
  /** The resident wrote or acted: opens the 48-hour customer-service window. */
  messageAt?: Date;
  flow?: string | null;
}

/** Creates the resident on first contact, or updates what `update` names. */
export async function saveWechatResident(
  db: Db,
  openid: string,
  update: ResidentUpdate,
  now = new Date(),
): Promise<WechatResident> {
  const changes: Partial<WechatResident> = {};
  if (update.villageCode !== undefined) changes.village_code = update.villageCode;
  if (update.language !== undefined) changes.language = update.language;
  if (update.subscribed !== undefined) changes.subscribed = update.subscribed ? 1 : 0;
  if (update.messageAt !== undefined) changes.last_message_at = update.messageAt.toISOString();
  if (update.flow !== undefined) changes.flow = update.flow;
  // A known follower (nearly every push): one statement.
  const known = Object.keys(changes).length
    ? await db
        .updateTable('wechat_residents')
        .set(changes)
        .where('openid', '=', openid)
        .returningAll()
        .executeTakeFirst()
    : await getWechatResident(db, openid);
  if (known) return known;
  const inserted: WechatResident = {
    openid,
    language: update.language ?? 'zh-CN',
    village_code: update.villageCode ?? null,
    subscribed: update.subscribed === false ? 0 : 1,
    last_message_at: update.messageAt?.toISOString() ?? null,
    flow: update.flow ?? null,
    created_at: now.toISOString(),
  };
  // A new follower is a new person (`wechat:<openid>`), or joins the one a linked device made.
  return inTransaction(db, async (trx) => {
    const query = trx.insertInto('wechat_residents').values(inserted);
    const row = await (Object.keys(changes).length
      ? query.onConflict((oc) => oc.column('openid').doUpdateSet(changes))
      : query.onConflict((oc) => oc.column('openid').doNothing())
    )
      .returningAll()
      .executeTakeFirst();
    await ensurePerson(trx, wechatAddress(openid), now);
    return row ?? (await getWechatResident(trx, openid)) ?? inserted;
  });
}

/** Keeps a message that could not go out (outside the 48-hour window) for the next contact. */
export async function holdWechatMessage(
  db: Db,
  openid: string,
  body: object,
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('wechat_pending_messages')
    .values({ openid, body: JSON.stringify(body), created_at: now.toISOString() })
    .execute();
}

/** The held messages of a resident, oldest first, removed from the store as they are taken. */
export async function takeHeldWechatMessages(db: Db, openid: string): Promise<object[]> {
  const rows = await db
    .selectFrom('wechat_pending_messages')
    .select(['id', 'body'])
    .where('openid', '=', openid)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  await db
    .deleteFrom('wechat_pending_messages')
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => JSON.parse(r.body) as object);
}

export async function countHeldWechatMessages(db: Db, openid: string): Promise<number> {
  const row = await db
    .selectFrom('wechat_pending_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('openid', '=', openid)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface StoredAccessToken {
  token: string;
  expiresAt: Date;
}

export async function readWechatToken(db: Db, appId: string): Promise<StoredAccessToken | null> {
  const row = await db
    .selectFrom('wechat_access_tokens')
    .select(['token', 'expires_at'])
    .where('app_id', '=', appId)
    .executeTakeFirst();
  return row ? { token: row.token, expiresAt: new Date(row.expires_at) } : null;
}

export async function saveWechatToken(
  db: Db,
  appId: string,
  token: StoredAccessToken,
): Promise<void> {
  const values = { token: token.token, expires_at: token.expiresAt.toISOString() };
  await db
    .insertInto('wechat_access_tokens')
    .values({ app_id: appId, ...values })
    .onConflict((oc) => oc.column('app_id').doUpdateSet(values))
    .execute();
}

/**
 * Links a web chat device to a WeChat openid (the resident opened the web chat from the
 * account's menu, through OAuth). A device keeps only its latest openid. The device's person
 * joins the follower's (`addAddress`), in the same transaction.
 */
export async function linkWechatDevice(
  db: Db,
  deviceId: string,
  openid: string,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('wechat_web_links')
      .values({ device_id: deviceId, openid, linked_at: at })
      .onConflict((oc) => oc.column('device_id').doUpdateSet({ openid, linked_at: at }))
      .execute();
    // The device (with its number, if it has one) and the follower are one person from now on.
    const person = await ensurePerson(trx, wechatAddress(openid), now);
    await addAddress(trx, person, webAddress(deviceId), now);
  });
}

/** The openid a web chat device is linked to, or null. */
export async function wechatOpenidOfDevice(db: Db, deviceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('wechat_web_links')
    .select('openid')
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row?.openid ?? null;
}

/** The web chat devices linked to an openid, most recently linked first. */
export async function devicesOfWechatResident(db: Db, openid: string): Promise<string[]> {
  const rows = await db
    .selectFrom('wechat_web_links')
    .select('device_id')
    .where('openid', '=', openid)
    .orderBy('linked_at', 'desc')
    .execute();
  return rows.map((r) => r.device_id);
}

/**
 * The WeChat openid of a report's web reporter, when the device they filed it from was opened
 * from the account's menu (and so linked): where the report's status notices can go in WeChat
 * as well as the web inbox. Derived from the report's device rather than copied onto the report,
 * so purging the reporter's device (retention) also cuts the way to their WeChat.
 */
export async function wechatReporterOf(db: Db, reportId: number): Promise<string | null> {
  const row = await db
    .selectFrom('report_web_reporters as w')
    .innerJoin('wechat_web_links as l', 'l.device_id', 'w.device_id')
    .select('l.openid')
    .where('w.report_id', '=', reportId)
    .executeTakeFirst();
  return row?.openid ?? null;
}

/** Where a report's web reporter was last active: their device's last visit and, when the device is linked, their WeChat. */
export interface WebReporterActivity {
  /** The device's last visit to the web chat. */
  webSeenAt: Date | null;
  /** The linked follower while they follow the account, with their last message or event. */
  wechat: { openid: string; lastMessageAt: Date | null } | null;
}

/**
 * What `newsCopy` weighs for a report filed from a web device: when the device was last seen,
 * and its linked WeChat follower (only while subscribed) with the time of their last message.
 * Derived from the report's device, like `wechatReporterOf`, so retention cuts it too.
 */
export async function webReporterActivity(
  db: Db,
  reportId: number,
): Promise<WebReporterActivity | null> {
  const row = await db
    .withTables<{ web_residents: { device_id: string; last_seen_at: string } }>()
    .selectFrom('report_web_reporters as w')
    .leftJoin('web_residents as d', 'd.device_id', 'w.device_id')
    .leftJoin('wechat_web_links as l', 'l.device_id', 'w.device_id')
    .leftJoin('wechat_residents as r', (j) =>
      j.onRef('r.openid', '=', 'l.openid').on('r.subscribed', '=', 1),
    )
    .select(['d.last_seen_at', 'r.openid', 'r.last_message_at'])
    .where('w.report_id', '=', reportId)
    .executeTakeFirst();
  if (!row) return null;
  const date = (at: string | null | undefined) => (at ? new Date(at) : null);
  return {
    webSeenAt: date(row.last_seen_at),
    wechat: row.openid ? { openid: row.openid, lastMessageAt: date(row.last_message_at) } : null,
  };
}
