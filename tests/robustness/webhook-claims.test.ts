/**
 * Webhook claims in the real database: a claim becomes final only after handling, a claim left
 * by a crashed process is taken over once its lease ran out, and two replicas keep one chat's
 * updates one at a time and in order through the chat lock.
 */
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookServer } from '../../src/bot/webhook-server.js';
import { createMemoryLogger } from '../../src/logger.js';
import { webhookChatLocks } from '../../src/store/chat-locks.repository.js';
import { claimUpdate, webhookClaims } from '../../src/store/processed-updates.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const SECRET = 'the-secret-token-1234';
const message = (update_id: number, chat = 5) => ({
  update_id,
  message: { message_id: update_id, date: 0, chat: { id: chat, type: 'private' }, text: 'hi' },
});

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe.each(ENGINES)('webhook claims on %s', (engine) => {
  let store: TestStore;
  const servers: Array<{ close(): Promise<void> }> = [];
  beforeEach(async () => {
    store = await createTestStore(engine, { seed: false });
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await store.cleanup();
  });

  async function replica(
    name: string,
    handle: (u: Update) => Promise<void>,
    options: { now?: () => Date; onLockWait?: (id: number) => void } = {},
  ) {
    const server = createWebhookServer({
      secret: SECRET,
      logger: createMemoryLogger(),
      deadlineMs: 30_000,
      claims: webhookClaims(store.db, options.now ? { now: options.now } : {}),
      chatLocks: webhookChatLocks(store.db, name, options.now ? { now: options.now } : {}),
      handle,
      ...(options.onLockWait ? { onLockWait: options.onLockWait } : {}),
    });
    const port = await server.listen(0, '127.0.0.1');
    servers.push(server);
    return (body: unknown) =>
      fetch(`http://127.0.0.1:${port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(body),
      }).then((r) => r.status);
  }

  it('hands an unfinished claim over after the lease, so a crash loses nothing', async () => {
    let clock = new Date('2026-12-02T10:00:00Z');
    // A process claimed update 40, then died before handling it.
    expect(await claimUpdate(store.db, 40, { now: clock, chatId: 5 })).toBe('claimed');
    const handled: number[] = [];
    const post = await replica('b', async (u) => void handled.push(u.update_id), {
      now: () => clock,
    });
    // Inside the lease the claimer may still be at work: Telegram is asked to come back.
    clock = new Date(clock.getTime() + 30_000);
    expect(await post(message(40))).toBe(503);
    expect(handled).toEqual([]);
    // After the lease the redelivery is handled, once.
    clock = new Date(clock.getTime() + 31_000);
    expect(await post(message(40))).toBe(200);
    expect(await post(message(40))).toBe(200);
    expect(handled).toEqual([40]);
  });

  it('keeps one chat in order across two replicas, one update at a time', async () => {
    const order: string[] = [];
    const firstStarted = deferred();
    const gate = deferred();
    const postA = await replica('a', async (u) => {
      order.push(`start ${u.update_id}`);
      firstStarted.resolve();
      await gate.promise;
      order.push(`end ${u.update_id}`);
    });
    let waits = 0;
    let waitedEnough: () => void = () => {};
    const waited = new Promise<void>((r) => {
      waitedEnough = r;
    });
    const postB = await replica(
      'b',
      async (u) => {
        order.push(`start ${u.update_id}`);
        order.push(`end ${u.update_id}`);
      },
      {
        onLockWait: () => {
          if (++waits === 3) waitedEnough();
        },
      },
    );
    const first = postA(message(50));
    await firstStarted.promise;
    const second = postB(message(51));
    const other = postB(message(60, 6)); // another chat is not held up
    expect(await other).toBe(200);
    await waited;
    expect(order).toEqual(['start 50', 'start 60', 'end 60']);
    gate.resolve();
    expect(await first).toBe(200);
    expect(await second).toBe(200);
    expect(order).toEqual(['start 50', 'start 60', 'end 60', 'end 50', 'start 51', 'end 51']);
    const locks = await store.db.selectFrom('chat_locks').selectAll().execute();
    expect(locks).toEqual([]);
  });
});
