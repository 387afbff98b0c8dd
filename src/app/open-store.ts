/**
 * Opens, checks and migrates the store at start, and seeds a new one. A database that cannot be
 * reached (PostgreSQL refused, wrong credentials, an unopenable SQLite file) stops start-up with
 * one line naming the setting to fix. The sandbox opens only its own database, never DATABASE_URL.
 */
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { isStoreUnavailable, openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { countVillages } from '../store/places.repository.js';
import { markSandboxDatabase, refuseRealData } from './sandbox-guard.js';
import { seedVillagesIfEmpty } from './seed.js';
import { databaseFailure } from './startup-error.js';

export function whichDatabase(config: Config, sandbox: boolean) {
  return sandbox
    ? { url: config.SANDBOX_DATABASE_URL, setting: 'SANDBOX_DATABASE_URL' }
    : { url: config.DATABASE_URL, setting: 'DATABASE_URL' };
}

/** Opens the database, checks that it answers, and in sandbox mode that it is the sandbox's. */
export async function openAppStore(config: Config, sandbox: boolean): Promise<Store> {
  const { url, setting } = whichDatabase(config, sandbox);
  let store: Store | undefined;
  try {
    store = openStore(url, {
      timeoutMs: config.STORE_TIMEOUT_MS,
      connectTimeoutMs: config.STORE_TIMEOUT_MS,
    });
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store?.close().catch(() => {});
    throw databaseFailure(error, url, setting);
  }
  try {
    if (sandbox) await refuseRealData(store.db, url);
    return store;
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

/** Migrates, marks a new sandbox database as such, and seeds an empty database. */
export async function prepareStore(
  store: Store,
  config: Config,
  sandbox: boolean,
  logger: Logger,
): Promise<void> {
  const { url, setting } = whichDatabase(config, sandbox);
  const applied = await migrateToLatest(store.db).catch((error: unknown) => {
    throw isStoreUnavailable(error) ? databaseFailure(error, url, setting) : error;
  });
  if (applied.length) logger.info('migrations applied', { applied });
  if (sandbox && (await countVillages(store.db)) === 0) await markSandboxDatabase(store.db);
  await seedVillagesIfEmpty(store.db, config.VILLAGES_FILE, logger);
}
