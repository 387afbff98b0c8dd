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

export async function openAppStore(
  config: Config,
  sandbox: boolean,
  logger: Logger,
): Promise<Store> {
  const url = sandbox ? config.SANDBOX_DATABASE_URL : config.DATABASE_URL;
  const setting = sandbox ? 'SANDBOX_DATABASE_URL' : 'DATABASE_URL';
  let store: Store | undefined;
  try {
    store = openStore(url);
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store?.close().catch(() => {});
    throw databaseFailure(error, url, setting);
  }
  try {
    if (sandbox) await refuseRealData(store.db, url);
    const applied = await migrateToLatest(store.db).catch((error: unknown) => {
      throw isStoreUnavailable(error) ? databaseFailure(error, url, setting) : error;
    });
    if (applied.length) logger.info('migrations applied', { applied });
    if (sandbox && (await countVillages(store.db)) === 0) await markSandboxDatabase(store.db);
    await seedVillagesIfEmpty(store.db, config.VILLAGES_FILE, logger);
    return store;
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}
