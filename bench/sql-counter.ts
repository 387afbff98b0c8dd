/**
 * Counts the SQL statements this process sends, at the driver, for benchmarks that run the whole
 * app in-process (the app's Kysely instance is built inside `startApp`, so a plugin cannot reach
 * it). SQLite: every run of a better-sqlite3 statement; PostgreSQL: every `pg` client query.
 * Counts everything, so read it around a window in which only the measured bot is busy.
 */
import { createRequire } from 'node:module';
import SQLite from 'better-sqlite3';

const require = createRequire(import.meta.url);
let count = 0;
let installed = false;

function wrap(proto: Record<string, unknown>, names: string[]): void {
  for (const name of names) {
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
  }
}

/** Starts counting (once per process); `sqlStatements()` reads the running total. */
export function countSqlStatements(): void {
  if (installed) return;
  installed = true;
  const probe = new SQLite(':memory:');
  wrap(Object.getPrototypeOf(probe.prepare('select 1')), ['all', 'run', 'get', 'iterate']);
  probe.close();
  const pg = require('pg') as typeof import('pg');
  wrap(pg.Client.prototype as unknown as Record<string, unknown>, ['query']);
}

export const sqlStatements = (): number => count;
