/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one: a workflow opens
 * the transaction and every repository it calls joins it, so a change, its history row and its
 * audit row commit together or not at all.
 */
import type { Db } from './database.js';

export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
