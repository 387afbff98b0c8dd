/**
 * A keyv storage adapter over the SQL store, so sessions and conversation state persist in the
 * same database by default: a restart, even `kill -9`, never loses a half-finished conversation,
 * and no second SQLite binding is compiled (the official SQLite adapter would bring one).
 */
import { EventEmitter } from 'node:events';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import type { Db } from './database.js';

export class SqlKeyvStore extends EventEmitter implements KeyvStoreAdapter {
  opts: Record<string, unknown> = { dialect: 'sql' };
  namespace?: string | undefined;

  constructor(private readonly db: Db) {
    super();
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const row = await this.db
      .selectFrom('kv')
      .select(['value', 'expires_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at !== null && row.expires_at <= Date.now()) {
      await this.delete(key);
      return undefined;
    }
    return row.value as StoredData<Value>;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return Promise.all(keys.map((k) => this.get<Value>(k)));
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    const expires_at = typeof ttl === 'number' && ttl > 0 ? Date.now() + ttl : null;
    const stored = typeof value === 'string' ? value : JSON.stringify(value);
    await this.db
      .insertInto('kv')
      .values({ key, value: stored, expires_at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: stored, expires_at }))
      .execute();
    return true;
  }

  async delete(key: string): Promise<boolean> {
    const result = await this.db.deleteFrom('kv').where('key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  async clear(): Promise<void> {
    let query = this.db.deleteFrom('kv');
    if (this.namespace) query = query.where('key', 'like', `${this.namespace}:%`);
    await query.execute();
  }

  /** Removes expired entries; called now and then so the table does not grow without bound. */
  async purgeExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom('kv')
      .where('expires_at', '<=', Date.now())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/**
 * Removes every expired key (sessions idle past their TTL, old redemption codes). The retention
 * job calls it daily; a Redis store expires keys by itself.
 */
export async function purgeExpiredKeys(db: Db, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('kv')
    .where('expires_at', '<=', now.getTime())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
