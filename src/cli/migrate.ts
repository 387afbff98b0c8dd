/** `cunjing migrate`: brings the database schema up to date (start does this too). */
import { migrateToLatest } from '../store/migrate.js';
import { type CliIo, withStore } from './context.js';

export function migrateCommand(_args: string[], io: CliIo): Promise<number> {
  return withStore(
    io,
    async ({ db }) => {
      const applied = await migrateToLatest(db);
      io.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
      return 0;
    },
    { migrate: false },
  );
}
