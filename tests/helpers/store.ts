/**
 * Real databases for tests: in-memory SQLite always, PostgreSQL too when TEST_DATABASE_URL is
 * set (CI sets it). Each PostgreSQL store gets its own schema, so test files can run in
 * parallel, inside a database the run has to itself (tests/setup/test-database.ts). Schemas
 * are not dropped one by one while the run goes on: a drop races with the migrator's read of
 * the catalogue in other files. The run's database goes, with all of them, at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { parseCountyFile } from '../../src/content/county-file.js';
import type { Subscription } from '../../src/domain/awareness/subscription.js';
import { type Address, telegramAddress } from '../../src/domain/people/addresses.js';
import { type Db, type Engine, openStore, type Store } from '../../src/store/database.js';
import { migrateToLatest, migrateUpTo } from '../../src/store/migrate.js';
import { ensurePerson } from '../../src/store/people.repository.js';
import {
  getPersonSubscription,
  savePersonSubscription,
} from '../../src/store/person-subscriptions.repository.js';
import { importCountyData } from '../../src/store/places.repository.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
/** Where test schemas go: the run's own database when the global setup made one. */
const SCHEMA_DATABASE_URL = inject('runDatabaseUrl') || TEST_DATABASE_URL;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** The engines to run store tests on: [name] pairs for `describe.each`. */
export const ENGINES: Engine[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore extends Store {
  url: string;
  cleanup(): Promise<void>;
}

export async function createTestStore(
  engine: Engine = 'sqlite',
  /** `file`: SQLite in a temporary file, so another process or the CLI can open the same URL. */
  /** `upTo`: stop at that migration (a database as an older version left it); no seed. */
  options: { seed?: boolean; file?: boolean; upTo?: string } = {},
): Promise<TestStore> {
  let url = options.file
    ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'cunjing-')), 'test.db')}`
    : 'sqlite::memory:';
  let dropSchema = async () => {};
  if (engine === 'postgres') {
    if (!SCHEMA_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SCHEMA_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const u = new URL(SCHEMA_DATABASE_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    url = u.toString();
    // In a database shared with others (no run database), drop as before.
    if (!inject('runDatabaseUrl'))
      dropSchema = async () => {
        const c = new pg.Client({ connectionString: SCHEMA_DATABASE_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      };
  }
  // Generous limits: on a loaded machine a query or a connection can take seconds, and the
  // tests about time limits open stores of their own.
  const store = openStore(url, { timeoutMs: 60_000, connectTimeoutMs: 30_000 });
  if (options.upTo) await migrateUpTo(store.db, options.upTo);
  else await migrateToLatest(store.db);
  if (options.seed !== false && !options.upTo) await importCountyData(store.db, exampleCounty());
  let closed = false;
  return {
    ...store,
    url,
    async close() {
      if (!closed) await store.close();
      closed = true;
    },
    async cleanup() {
      if (!closed) await store.close();
      closed = true;
      await dropSchema();
    },
  };
}

export function exampleCounty() {
  return parseCountyFile(
    readFileSync(new URL('../../data/county.example.yaml', import.meta.url), 'utf8'),
  );
}

/** Gives the example county's first station and the county their Telegram groups. */
export async function routeToGroups(
  db: Db,
  stationGroup: number,
  countyGroup: number,
): Promise<void> {
  await db
    .updateTable('stations')
    .set({ chat_id: stationGroup })
    .where('code', '=', 'ST-WULAN')
    .execute();
  await db.updateTable('county').set({ command_chat_id: countyGroup }).execute();
}

/** The person of a Telegram user (points and the like are kept per person). */
export function telegramPerson(db: Db, telegramId: number): Promise<number> {
  return ensurePerson(db, telegramAddress(telegramId));
}

/** The reminder settings of an address's person (settings are kept per person, not per channel). */
export async function settingsOf(db: Db, address: Address): Promise<Subscription> {
  return getPersonSubscription(db, await ensurePerson(db, address));
}

/** Saves the reminder settings of an address's person, as 提醒设置 on that channel would. */
export async function saveSettingsOf(db: Db, address: Address, sub: Subscription): Promise<void> {
  await savePersonSubscription(db, await ensurePerson(db, address), sub);
}
