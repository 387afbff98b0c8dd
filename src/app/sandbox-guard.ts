/**
 * Keeps the sandbox away from real data. The sandbox rewrites group chat ids and village officers
 * so every flow can be tried; done to a station's real database, one missing BOT_TOKEN line would
 * re-route every report. So the sandbox only uses a database it created itself, which it marks.
 */
import { sql } from 'kysely';
import type { Db } from '../store/database.js';
import { StartupError } from './startup-error.js';

const MARK = 'cunjing:sandbox-database';

async function count(db: Db, query: ReturnType<typeof sql<{ n: number | string }>>) {
  try {
    const { rows } = await query.execute(db);
    return Number(rows[0]?.n ?? 0);
  } catch {
    return 0; // The table does not exist yet: a new, empty database.
  }
}

async function isMarked(db: Db): Promise<boolean> {
  return (await count(db, sql`select count(*) as n from kv where key = ${MARK}`)) > 0;
}

/**
 * Refuses, before anything is written, a database that holds stations, villages or officers the
 * sandbox did not create. Reads only; a refused database is left exactly as it was.
 */
export async function refuseRealData(db: Db, url: string): Promise<void> {
  if (await isMarked(db)) return;
  const held =
    (await count(db, sql`select count(*) as n from stations`)) +
    (await count(db, sql`select count(*) as n from villages`)) +
    (await count(db, sql`select count(*) as n from users where role <> 'resident'`));
  if (held === 0) return;
  throw new StartupError(
    `The sandbox (no BOT_TOKEN) will not use ${url}: it holds real stations or officers. ` +
      'Set BOT_TOKEN to run the real bot, or set SANDBOX_DATABASE_URL to a separate database ' +
      '(default sqlite:data/sandbox.db).',
  );
}

/** Marks a freshly migrated, still empty database as the sandbox's own. */
export async function markSandboxDatabase(db: Db): Promise<void> {
  await sql`insert into kv (key, value, expires_at) values (${MARK}, '"1"', null)
    on conflict (key) do nothing`.execute(db);
}
