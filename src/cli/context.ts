/**
 * What CLI commands share: the parsed configuration and an opened, migrated store.
 */
import { type Config, loadConfig } from '../config.js';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Thrown for wrong usage; the message is printed as is and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function withStore<T>(
  io: CliIo,
  work: (store: Store, config: Config) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig(io.env);
  const store = openStore(config.DATABASE_URL);
  try {
    if (options.migrate !== false) await migrateToLatest(store.db);
    return await work(store, config);
  } finally {
    await store.close();
  }
}
