/**
 * Web chat residents (one per signed device cookie), their inbox, and the web channel's secret.
 * The tables are declared here rather than in `schema.ts`: only the web channel reads them, and
 * `withTables` adds them to the shared `Db` type for these functions alone.
 */
import { randomBytes } from 'node:crypto';
import type { Generated } from 'kysely';
import { webAddress } from '../domain/people/addresses.js';
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';
import { ensurePerson } from './people.repository.js';

export interface WebResidentTable {
  device_id: string;
  language: string;
  village_code: string | null;
  created_at: string;
  last_seen_at: string;
}

export interface WebInboxTable {
  id: Generated<number>;
  device_id: string;
  created_at: string;
  /** A described message (JSON): the page renders it, so no channel markup is stored. */
  body: string;
}

export interface WebSettingTable {
  name: string;
  value: string;
}

type WebTables = {
  web_residents: WebResidentTable;
  web_inbox: WebInboxTable;
  web_settings: WebSettingTable;
};

const web = (db: Db) => db.withTables<WebTables>();

export interface WebResident {
  deviceId: string;
  language: string;
  villageCode: string | null;
}

export interface InboxMessage {
  id: number;
  createdAt: string;
  body: unknown;
}

/**
 * The resident of a device, created on first sight (with its person, `web:<device>`, in the same
 * transaction); `last_seen_at` is refreshed on each visit, in one statement for a known device.
 */
export async function seeWebResident(
  db: Db,
  deviceId: string,
  language: string,
  now = new Date(),
): Promise<WebResident> {
  const at = now.toISOString();
  const seen = await web(db)
    .updateTable('web_residents')
    .set({ last_seen_at: at })
    .where('device_id', '=', deviceId)
    .returning(['device_id', 'language', 'village_code'])
    .executeTakeFirst();
  if (seen)
    return { deviceId: seen.device_id, language: seen.language, villageCode: seen.village_code };
  return inTransaction(db, async (trx) => {
    await web(trx)
      .insertInto('web_residents')
      .values({
        device_id: deviceId,
        language,
        village_code: null,
        created_at: at,
        last_seen_at: at,
      })
      .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seen_at: at }))
      .execute();
    await ensurePerson(trx, webAddress(deviceId), now);
    const row = await web(trx)
      .selectFrom('web_residents')
      .select(['device_id', 'language', 'village_code'])
      .where('device_id', '=', deviceId)
      .executeTakeFirstOrThrow();
    return { deviceId: row.device_id, language: row.language, villageCode: row.village_code };
  });
}

export async function getWebResident(db: Db, deviceId: string): Promise<WebResident | null> {
  const row = await web(db)
    .selectFrom('web_residents')
    .select(['device_id', 'language', 'village_code'])
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row
    ? { deviceId: row.device_id, language: row.language, villageCode: row.village_code }
    : null;
}

export async function updateWebResident(
  db: Db,
  deviceId: string,
  change: { language?: string; villageCode?: string },
): Promise<void> {
  const set: Partial<WebResidentTable> = {};
  if (change.language) set.language = change.language;
  if (change.villageCode) set.village_code = change.villageCode;
  if (!Object.keys(set).length) return;
  await web(db).updateTable('web_residents').set(set).where('device_id', '=', deviceId).execute();
}

/** Stores a message for a device; returns its id, which orders the inbox. */
export async function addInboxMessage(
  db: Db,
  deviceId: string,
  body: unknown,
  now = new Date(),
): Promise<InboxMessage> {
  const createdAt = now.toISOString();
  const row = await web(db)
    .insertInto('web_inbox')
    .values({ device_id: deviceId, created_at: createdAt, body: JSON.stringify(body) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), createdAt, body };
}

/** A device's messages after `afterId`, oldest first, at most `limit`. */
export async function listInbox(
  db: Db,
  deviceId: string,
  afterId = 0,
  limit = 100,
): Promise<InboxMessage[]> {
  const rows = await web(db)
    .selectFrom('web_inbox')
    .select(['id', 'created_at', 'body'])
    .where('device_id', '=', deviceId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), createdAt: r.created_at, body: JSON.parse(r.body) }));
}

/**
 * A web channel setting made once and then shared: the first process to start stores `make()`'s
 * value, every later one (and every replica) reads that same value back.
 */
export async function webSettingOnce(db: Db, name: string, make: () => string): Promise<string> {
  await web(db)
    .insertInto('web_settings')
    .values({ name, value: make() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await web(db)
    .selectFrom('web_settings')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

/**
 * The secret device cookies are signed with: generated at first start and kept in the database,
 * so every replica signs alike and nothing secret is in git or the environment.
 */
export async function webCookieSecret(db: Db): Promise<Buffer> {
  const value = await webSettingOnce(db, 'cookie-secret', () => randomBytes(32).toString('base64'));
  return Buffer.from(value, 'base64');
}
