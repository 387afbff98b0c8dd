/**
 * Webhook claims. Telegram re-delivers an update when it did not get a timely answer; with
 * several replicas behind a load balancer the repeat may land elsewhere, so the record of what
 * is being handled lives in the shared database. A claim is a lease: it becomes final only when
 * the update was handled (`finishUpdate`). A process that dies in between leaves a claim that
 * another delivery takes over once the lease has run out, so nothing is dropped.
 */
import type { Db } from './database.js';

/** How long a claim protects an update that is being handled (Telegram waits about a minute). */
export const CLAIM_LEASE_MS = 60_000;

/** `claimed`: handle it now. `done`: handled before. `busy`: being handled elsewhere, in lease. */
export type ClaimResult = 'claimed' | 'done' | 'busy';

export interface ClaimOptions {
  now?: Date;
  leaseMs?: number;
  /** The chat the update belongs to, so later updates of that chat can wait for it. */
  chatId?: number | null;
}

export async function claimUpdate(
  db: Db,
  updateId: number,
  options: ClaimOptions = {},
): Promise<ClaimResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.leaseMs ?? CLAIM_LEASE_MS)).toISOString();
  const at = now.toISOString();
  const taken = await db
    .insertInto('processed_updates')
    .values({
      update_id: updateId,
      received_at: at,
      done_at: null,
      chat_id: options.chatId ?? null,
    })
    .onConflict((oc) =>
      oc
        .column('update_id')
        .doUpdateSet({ received_at: at })
        .where('processed_updates.done_at', 'is', null)
        .where('processed_updates.received_at', '<', cutoff),
    )
    .returning('update_id')
    .executeTakeFirst();
  if (taken) return 'claimed';
  const row = await db
    .selectFrom('processed_updates')
    .select('done_at')
    .where('update_id', '=', updateId)
    .executeTakeFirst();
  return row?.done_at ? 'done' : 'busy';
}

/** Makes the claim final: the update was handled, a redelivery is answered and dropped. */
export async function finishUpdate(db: Db, updateId: number, now = new Date()): Promise<void> {
  await db
    .updateTable('processed_updates')
    .set({ done_at: now.toISOString() })
    .where('update_id', '=', updateId)
    .execute();
}

/** Gives a claim up (handling failed for want of a store): the redelivery is handled afresh. */
export async function releaseUpdate(db: Db, updateId: number): Promise<void> {
  await db
    .deleteFrom('processed_updates')
    .where('update_id', '=', updateId)
    .where('done_at', 'is', null)
    .execute();
}

/** Forgets claims older than Telegram's redelivery window (it gives up after about a day). */
export async function pruneClaims(
  db: Db,
  olderThanMs = 48 * 3600_000,
  now = new Date(),
): Promise<void> {
  const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
  await db.deleteFrom('processed_updates').where('received_at', '<', cutoff).execute();
  await db.deleteFrom('chat_locks').where('expires_at', '<', cutoff).execute();
}

/** The claims of one store, in the shape the webhook server takes. */
export function webhookClaims(db: Db, options: { now?: () => Date; leaseMs?: number } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    claim: (updateId: number, chatId: number | null) =>
      claimUpdate(db, updateId, {
        now: now(),
        chatId,
        ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      }),
    finish: (updateId: number) => finishUpdate(db, updateId, now()),
    release: (updateId: number) => releaseUpdate(db, updateId),
  };
}

export type WebhookClaims = ReturnType<typeof webhookClaims>;
