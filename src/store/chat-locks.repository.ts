/**
 * One chat, one update at a time, across replicas. grammY's `sequentialize` keeps a chat's
 * updates in order inside one process; with several webhook replicas the next update of a chat
 * can land on another one while the first is still being handled (both would read the same
 * session, and the second reply could overtake the first). A lease-based lock in the shared
 * database closes that gap: a replica takes the chat's lock only when no earlier update of the
 * chat is still claimed and unfinished, and gives it back after handling. A replica that dies
 * holding it loses it when the lease runs out.
 */
import type { Db } from './database.js';
import { CLAIM_LEASE_MS } from './processed-updates.repository.js';

export interface ChatLockOptions {
  now?: Date;
  leaseMs?: number;
}

/** Takes the chat's lock for `owner` handling `updateId`; false when it must wait. */
export async function tryLockChat(
  db: Db,
  chatId: number,
  updateId: number,
  owner: string,
  options: ChatLockOptions = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  const cutoff = new Date(now.getTime() - leaseMs).toISOString();
  const earlier = await db
    .selectFrom('processed_updates')
    .select('update_id')
    .where('chat_id', '=', chatId)
    .where('update_id', '<', updateId)
    .where('done_at', 'is', null)
    .where('received_at', '>=', cutoff)
    .limit(1)
    .executeTakeFirst();
  if (earlier) return false;
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const taken = await db
    .insertInto('chat_locks')
    .values({ chat_id: chatId, owner, expires_at: until })
    .onConflict((oc) =>
      oc
        .column('chat_id')
        .doUpdateSet({ owner, expires_at: until })
        .where('chat_locks.expires_at', '<', now.toISOString()),
    )
    .returning('chat_id')
    .executeTakeFirst();
  return taken !== undefined;
}

export async function unlockChat(db: Db, chatId: number, owner: string): Promise<void> {
  await db
    .deleteFrom('chat_locks')
    .where('chat_id', '=', chatId)
    .where('owner', '=', owner)
    .execute();
}

/** The chat locks of one replica, in the shape the webhook server takes. */
export function webhookChatLocks(
  db: Db,
  owner: string,
  options: { now?: () => Date; leaseMs?: number } = {},
) {
  const now = options.now ?? (() => new Date());
  return {
    tryLock: (chatId: number, updateId: number) =>
      tryLockChat(db, chatId, updateId, owner, {
        now: now(),
        ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      }),
    unlock: (chatId: number) => unlockChat(db, chatId, owner),
  };
}
