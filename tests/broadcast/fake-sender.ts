/**
 * A scripted `Sender` that records every call, plus a one-line broadcast set-up, so the
 * delivery tests read as "the officer sends this to these people; each got it once".
 */
import type { OutboxMessage, Sender, SendResult } from '../../src/broadcast/sender.js';
import {
  createBroadcast,
  enqueueRecipients,
  type NewBroadcast,
} from '../../src/store/broadcasts.repository.js';
import type { Db } from '../../src/store/database.js';

export interface SentCall {
  chatId: number;
  text: string;
  paid: boolean;
  at: number;
}

export interface FakeSender {
  send: Sender;
  calls: SentCall[];
  /** How many times each chat was called. */
  perChat(): Map<number, number>;
}

export type Script = (
  chatId: number,
  call: number,
  message: OutboxMessage,
) => SendResult | Promise<SendResult>;

/** `now` stamps each call: pass a `VirtualClock`'s `now` when the engine runs on one. */
export function fakeSender(
  script: Script = () => ({ ok: true }),
  now: () => number = Date.now,
): FakeSender {
  const calls: SentCall[] = [];
  return {
    calls,
    send: async (chatId, message, { paid }) => {
      calls.push({ chatId, text: message.text, paid, at: now() });
      return script(chatId, calls.length, message);
    },
    perChat() {
      const counts = new Map<number, number>();
      for (const c of calls) counts.set(c.chatId, (counts.get(c.chatId) ?? 0) + 1);
      return counts;
    },
  };
}

/** Ids 200001… so they never collide with the seeded county's officers. */
export function villagers(n: number, from = 200_001): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

/** An approved broadcast (unless told otherwise) already holding its recipients. */
export async function broadcastTo(
  db: Db,
  userIds: number[],
  over: Partial<NewBroadcast> = {},
): Promise<number> {
  const id = await createBroadcast(db, {
    kind: 'anti_fraud',
    text: '警惕冒充公检法诈骗',
    priority: 10,
    authorId: 900001,
    status: 'approved',
    ...over,
  });
  await enqueueRecipients(db, id, userIds);
  return id;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, polling; fails the test after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  // performance.now(), not Date: a test may have frozen or shifted Date.
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await sleep(5);
  }
}
