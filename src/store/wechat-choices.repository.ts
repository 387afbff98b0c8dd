/**
 * The choices last offered to a WeChat follower: the items of the last menu message they were
 * sent, replaced by each new one. A typed "2" means the second of these while they are fresh.
 */
import type { Db } from './database.js';

export interface OfferedChoices {
  ids: string[];
  offeredAt: Date;
}

/** Records the items of a menu message just sent (replacing the ones before). */
export async function saveOfferedChoices(
  db: Db,
  openid: string,
  ids: readonly string[],
  now = new Date(),
): Promise<void> {
  const values = { choices: JSON.stringify(ids), offered_at: now.toISOString() };
  await db
    .insertInto('wechat_offered_choices')
    .values({ openid, ...values })
    .onConflict((oc) => oc.column('openid').doUpdateSet(values))
    .execute();
}

/** The last choices offered, or null when none were ever (or they were forgotten). */
export async function offeredChoices(db: Db, openid: string): Promise<OfferedChoices | null> {
  const row = await db
    .selectFrom('wechat_offered_choices')
    .select(['choices', 'offered_at'])
    .where('openid', '=', openid)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = JSON.parse(row.choices) as unknown;
  const ids = Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  return { ids, offeredAt: new Date(row.offered_at) };
}

/** Forgets offers older than `olderThanMs` (the hourly prune; a stale offer is refused anyway). */
export async function pruneOfferedChoices(
  db: Db,
  olderThanMs: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
  const result = await db
    .deleteFrom('wechat_offered_choices')
    .where('offered_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
