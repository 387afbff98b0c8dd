/**
 * Claims are leases. A live worker renews its own every `leaseMs / 3`; any claim older than
 * `leaseMs` belongs to a worker that died, and goes back to `pending` for someone to send.
 * This is how a crash ends in "resumed where it stopped" rather than in rows stuck forever.
 */
import type { Db, Engine } from '../store/database.js';
import type { EngineLogger } from './engine-options.js';
import { releaseStaleClaims, renewClaims, rowKey } from './outbox.js';
import type { OutboxQueue } from './outbox-queue.js';

export interface LeaseCheck {
  engine: Engine;
  token: string;
  leaseMs: number;
  now: number;
  /** True while this worker holds rows (queued or in flight): only then is there a lease to renew. */
  holding: boolean;
  queue: OutboxQueue;
  log: EngineLogger;
}

/** Renews our claims and frees dead workers'; returns how many rows were freed. */
export async function keepLease(db: Db, c: LeaseCheck): Promise<number> {
  if (c.holding) {
    const mine = await renewClaims(db, c.engine, c.token, new Date(c.now).toISOString());
    // Rows taken over after a stall longer than the lease: someone else sends them now.
    const lost = c.queue.remove((r) => !mine.has(rowKey(r.broadcastId, r.userId)));
    if (lost.length > 0)
      c.log.warn(`broadcast: ${lost.length} claims expired during a stall; dropped them`);
  }
  const freed = await releaseStaleClaims(db, {
    olderThanIso: new Date(c.now - c.leaseMs).toISOString(),
  });
  if (freed > 0)
    c.log.warn(`broadcast: re-queued ${freed} rows whose worker stopped renewing them`);
  return freed;
}
