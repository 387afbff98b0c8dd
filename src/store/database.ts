/**
 * Opens the SQL store. One code path for both engines: an embedded SQLite file for a single
 * station's PC, PostgreSQL when a county runs several replicas. Kysely keeps the queries the same.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { loadOnDemand } from '../load-on-demand.js';
import { CurrentSchemaPostgresDialect } from './current-schema-introspector.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Engine = 'sqlite' | 'postgres';

export interface Store {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

const loadPg = loadOnDemand<typeof import('pg')>('pg');

function pgDriver(): typeof import('pg') {
  const pg = loadPg();
  // Telegram ids exceed 2^31 but stay below 2^53, so int8 columns are safe to read as numbers.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  return pg;
}

/** `sqlite:<path>` (`sqlite::memory:` for tests) or `postgres://…`. */
export function openStore(
  url: string,
  options: { timeoutMs?: number; connectTimeoutMs?: number } = {},
): Store {
  // Time limit of one query (STORE_TIMEOUT_MS at run time); generous for the command line.
  const limitMs = options.timeoutMs ?? 15_000;
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    return { db, engine: 'sqlite', close: () => db.destroy() };
  }
  const pool = new (pgDriver().Pool)({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? Math.min(limitMs, 5_000),
    // A broken connection must fail the update quickly, not hang it.
    query_timeout: limitMs,
  });
  // An idle client losing its connection emits on the pool; without a listener Node would crash.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/**
 * Kysely prepares every query afresh; on SQLite, preparing costs about as much as running a
 * small query. The same few hundred statements repeat all day, so prepared ones are kept (the
 * most recent 300). A statement still being iterated (a streamed export) is never handed out
 * twice: a second, fresh one is prepared instead.
 */
function withStatementCache(sqlite: SQLite.Database, max = 300) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Least recently used goes first: move this one to the end.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

/** Errors that mean "the database cannot be reached right now", as opposed to a bug. */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)$/.test(code)) return true;
    // PostgreSQL: 08xxx connection exceptions, 57P0x admin/crash shutdown, 53xxx resources.
    if (/^(08|57P0|53)/.test(code)) return true;
    if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY)/.test(code)) return true;
  }
  return /driver has already been destroyed|database connection is not open|Connection terminated|timeout exceeded when trying to connect|Query read timeout/i.test(
    error.message,
  );
}
