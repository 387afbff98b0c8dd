import { describe, expect, it } from 'vitest';
import { deliveryReport } from '../../src/store/broadcasts.repository.js';
import { ENGINES } from '../helpers/store.js';
import { broadcastTo, fakeSender, villagers } from './fake-sender.js';
import { engineHarness } from './shared-store.js';
import { VirtualClock } from './virtual-clock.js';

describe.each(ENGINES)('delivery errors on %s', (engine) => {
  const harness = engineHarness(engine, {
    rate: 1_000,
    pollMs: 20,
    retry: { maxAttempts: 3, baseDelayMs: 10 },
  });
  const startEngine = harness.start;
  const db = () => harness.store().db;

  const recipientRows = (id: number) =>
    db()
      .selectFrom('broadcast_recipients')
      .select(['user_id', 'status', 'attempts', 'error'])
      .where('broadcast_id', '=', id)
      .orderBy('user_id')
      .execute();

  it('marks villagers who blocked the bot, tells the bot once, and does not retry', async () => {
    const id = await broadcastTo(db(), villagers(6));
    const gone = new Set([200002, 200005]);
    const sender = fakeSender((chatId) =>
      gone.has(chatId) ? { ok: false, kind: 'inactive' } : { ok: true },
    );
    const inactive: number[] = [];
    await startEngine(sender, {
      onInactive: async (userId) => {
        inactive.push(userId);
      },
    }).drain();

    expect(sender.calls).toHaveLength(6);
    expect(inactive.sort()).toEqual([200002, 200005]);
    expect(await deliveryReport(db(), id)).toMatchObject({ sent: 4, blocked: 2, failed: 0 });
    expect((await recipientRows(id)).filter((r) => r.status === 'blocked')).toEqual([
      { user_id: 200002, status: 'blocked', attempts: 1, error: 'inactive' },
      { user_id: 200005, status: 'blocked', attempts: 1, error: 'inactive' },
    ]);
  });

  it('retries network errors with backoff, then records the failure', async () => {
    const id = await broadcastTo(db(), [200001, 200002]);
    let flaky = 0;
    const clock = new VirtualClock();
    const sender = fakeSender((chatId) => {
      if (chatId === 200001) return { ok: false, kind: 'transient', description: 'ECONNRESET' };
      return ++flaky < 3 ? { ok: false, kind: 'transient', description: '502' } : { ok: true };
    }, clock.now);
    // Retries to one chat still keep the per-chat gap; keep it short so the backoff shows.
    const delivery = startEngine(sender, {
      perChatIntervalMs: 20,
      retry: { maxAttempts: 3, baseDelayMs: 100 },
      now: clock.now,
      setTimer: clock.setTimer,
    });
    await clock.runUntilSettled(delivery, delivery.drain());

    const to = (chat: number) => sender.calls.filter((c) => c.chatId === chat).map((c) => c.at);
    expect(to(200001)).toHaveLength(3);
    expect(to(200002)).toHaveLength(3);
    const [a, b, c] = to(200001) as [number, number, number];
    expect(b - a).toBe(100);
    expect(c - b).toBe(200); // the backoff doubles
    expect(await recipientRows(id)).toEqual([
      {
        user_id: 200001,
        status: 'failed',
        attempts: 3,
        error: 'ECONNRESET (gave up after 3 attempts)',
      },
      { user_id: 200002, status: 'sent', attempts: 3, error: null },
    ]);
  });

  it('records a message Telegram refuses as failed at once', async () => {
    const id = await broadcastTo(db(), [200001]);
    const sender = fakeSender(() => ({
      ok: false,
      kind: 'permanent',
      description: "Bad Request: can't parse entities",
    }));
    await startEngine(sender).drain();
    expect(sender.calls).toHaveLength(1);
    expect(await recipientRows(id)).toEqual([
      {
        user_id: 200001,
        status: 'failed',
        attempts: 1,
        error: "Bad Request: can't parse entities",
      },
    ]);
  });

  it('on a 429 waits retry_after, then continues at a lower rate that recovers', async () => {
    await broadcastTo(db(), villagers(40));
    const clock = new VirtualClock();
    const sender = fakeSender(
      (_chat, call) =>
        call === 5 ? { ok: false, kind: 'retry_after', seconds: 0.4 } : { ok: true },
      clock.now,
    );
    const delivery = startEngine(sender, {
      rate: 40,
      now: clock.now,
      setTimer: clock.setTimer,
    });
    await clock.run(delivery, () => sender.calls.length >= 6);
    const slowed = delivery.status();
    expect(slowed.throttled).toBe(1);
    expect(slowed.rate).toBe(30); // three quarters of the rate that drew the 429

    const [, , , , fifth, sixth] = sender.calls;
    expect(sixth?.chatId).not.toBe(fifth?.chatId);
    expect((sixth?.at ?? 0) - (fifth?.at ?? 0)).toBe(400); // retry_after, to the millisecond
    await clock.runUntilSettled(delivery, delivery.drain());
    // The refused villager is tried again (once their chat's one-second gap is over).
    expect(sender.calls).toHaveLength(41);
    expect(sender.calls.filter((c) => c.chatId === fifth?.chatId)).toHaveLength(2);
    expect(new Set(sender.calls.map((c) => c.chatId)).size).toBe(40);
    // …and climbs back within a second or two (the exact curve: pacer.test.ts).
    expect(delivery.status().rate).toBeGreaterThan(30);
  });
});
