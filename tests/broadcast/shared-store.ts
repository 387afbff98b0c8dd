/**
 * One database per test file, opened as many times as a test needs: two replicas, or a
 * process before and after a crash. PostgreSQL gets one schema per file (not per test):
 * creating and dropping schemas while other files migrate races with Kysely's introspection,
 * which reads every schema in the database. SQLite uses a temporary file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  createDeliveryEngine,
  type DeliveryEngine,
  type DeliveryEngineOptions,
} from '../../src/broadcast/engine.js';
import type { Db } from '../../src/store/database.js';
import { type Engine, openStore, type Store } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestStore, type TestStore } from '../helpers/store.js';
import type { FakeSender } from './fake-sender.js';

export interface SharedDatabase {
  /** A new connection (pool) to the file's database; closed by `closeAll`. */
  open(): Store;
  /** Empties the broadcast tables, for a fresh start in each test. */
  clear(): Promise<void>;
  closeAll(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function clearBroadcasts(db: Db): Promise<void> {
  await db.deleteFrom('broadcast_recipients').execute();
  await db.deleteFrom('broadcasts').execute();
}

export async function sharedDatabase(engine: Engine): Promise<SharedDatabase> {
  let base: Store & { url?: string };
  let url: string;
  let removeFiles = () => {};
  if (engine === 'postgres') {
    const store = await createTestStore('postgres', { seed: false });
    base = store;
    url = store.url;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-broadcast-'));
    url = `sqlite:${join(dir, 'outbox.db')}`;
    base = openStore(url);
    await migrateToLatest(base.db);
    removeFiles = () => rmSync(dir, { recursive: true, force: true });
  }
  const opened: Store[] = [];
  const closeAll = async () => {
    await Promise.allSettled(opened.splice(0).map((s) => s.close()));
  };
  return {
    open() {
      const store = openStore(url);
      opened.push(store);
      return store;
    },
    clear: () => clearBroadcasts(base.db),
    closeAll,
    async cleanup() {
      await closeAll();
      if ('cleanup' in base && typeof base.cleanup === 'function') await base.cleanup();
      else await base.close();
      removeFiles();
    },
  };
}

export interface EngineHarness {
  store(): TestStore;
  /** Starts an engine on the file's store with the harness defaults plus `extra`. */
  start(sender: FakeSender, extra?: Partial<DeliveryEngineOptions>): DeliveryEngine;
}

/**
 * The per-file set-up the engine tests share: one store for the file, empty broadcast tables
 * before each test, and the engine of each test stopped after it.
 */
export function engineHarness(
  engine: Engine,
  defaults: Partial<DeliveryEngineOptions> = {},
): EngineHarness {
  let store: TestStore;
  let delivery: DeliveryEngine | undefined;
  beforeAll(async () => {
    store = await createTestStore(engine, { seed: false });
  });
  afterAll(() => store.cleanup());
  beforeEach(() => clearBroadcasts(store.db));
  afterEach(async () => {
    await delivery?.stop();
    delivery = undefined;
  });
  return {
    store: () => store,
    start(sender, extra = {}) {
      delivery = createDeliveryEngine({
        db: store.db,
        engine,
        send: sender.send,
        ...defaults,
        ...extra,
      });
      delivery.start();
      return delivery;
    },
  };
}
