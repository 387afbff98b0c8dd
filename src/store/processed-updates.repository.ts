/**
 * Webhook de-duplication. Telegram re-delivers an update when it did not get a timely answer;
 * with several replicas behind a load balancer the repeat may land elsewhere, so the record of
 * what was handled lives in the shared database, claimed with one atomic insert.
 */
import type { Db } from './database.js';

/** Returns true when this call claimed the update, false when it was already claimed. */
export async function claimUpdate(db: Db, updateId: number): Promise<boolean> {
  const result = await db
    .insertInto('processed_updates')
    .values({ update_id: updateId, received_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('update_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Forgets claims older than Telegram's redelivery window (it gives up after about a day). */
export async function pruneClaims(db: Db, olderThanMs = 48 * 3600_000): Promise<void> {
  const cutoff = new Date(Date.now() - olderThanMs).toISOString();
  await db.deleteFrom('processed_updates').where('received_at', '<', cutoff).execute();
}
