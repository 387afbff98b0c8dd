/**
 * The blocklist of confirmed fraud numbers, links and accounts. The scam check needs a fast,
 * synchronous lookup, so the list is held in memory and refreshed from the database now and then
 * (and at once after a local change); several replicas converge within the refresh interval.
 */
import type { BlocklistKind, BlocklistLookup } from '../domain/fraud/index.js';
import type { Db } from './database.js';

export async function addToBlocklist(
  db: Db,
  kind: BlocklistKind,
  value: string,
  actorId: number | null,
  now = new Date(),
): Promise<number> {
  const at = now.toISOString();
  const row = await db
    .insertInto('blocklist')
    .values({ kind, value, count: 1, added_by: actorId, first_at: at, last_at: at })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'value'])
        .doUpdateSet((eb) => ({ count: eb('blocklist.count', '+', 1), last_at: at })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function removeFromBlocklist(
  db: Db,
  kind: BlocklistKind,
  value: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('blocklist')
    .where('kind', '=', kind)
    .where('value', '=', value)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface BlocklistCache {
  lookup: BlocklistLookup;
  refresh(): Promise<void>;
  stop(): void;
}

export async function createBlocklistCache(db: Db, refreshMs = 60_000): Promise<BlocklistCache> {
  let entries = new Map<string, number>();
  const refresh = async () => {
    const rows = await db.selectFrom('blocklist').select(['kind', 'value', 'count']).execute();
    entries = new Map(rows.map((r) => [`${r.kind}:${r.value}`, r.count]));
  };
  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), refreshMs);
  timer.unref();
  return {
    lookup: (kind, value) => {
      const count = entries.get(`${kind}:${value}`);
      return count === undefined ? undefined : { count };
    },
    refresh,
    stop: () => clearInterval(timer),
  };
}
