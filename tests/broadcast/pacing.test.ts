import { describe, expect, it } from 'vitest';
import { ChatSpacing } from '../../src/broadcast/chat-spacing.js';
import { OutboxQueue } from '../../src/broadcast/outbox-queue.js';
import { DEFAULT_RETRY, decideOutcome } from '../../src/broadcast/outcome.js';
import { ENGINES } from '../helpers/store.js';
import { broadcastTo, fakeSender, villagers } from './fake-sender.js';
import { engineHarness } from './shared-store.js';
import { VirtualClock } from './virtual-clock.js';

describe('the building blocks', () => {
  it('spaces messages to one chat and forgets chats once their gap is over', () => {
    const spacing = new ChatSpacing(1_000);
    spacing.mark(7, 5_000);
    expect(spacing.readyAt(7)).toBe(6_000);
    expect(spacing.readyAt(8)).toBe(0);
    for (let i = 0; i < 6_000; i++) spacing.mark(10_000 + i, 5_000 + i);
    expect(spacing.readyAt(7)).toBe(0);
  });

  it('keeps claimed rows in priority order and skips rows that must wait', () => {
    const queue = new OutboxQueue();
    queue.add([
      { broadcastId: 1, userId: 11, priority: 10, attempts: 0 },
      { broadcastId: 1, userId: 12, priority: 10, attempts: 0 },
    ]);
    queue.add([{ broadcastId: 2, userId: 21, priority: 100, attempts: 0 }]);
    const busy = new Set([21]);
    const first = queue.take(0, (chat) => (busy.has(chat) ? 500 : 0));
    expect(first.row?.userId).toBe(11);
    const row = queue.take(0, () => 0).row;
    expect(row?.userId).toBe(21);
    if (row) queue.requeue(row, 300);
    expect(queue.take(0, () => 0).row?.userId).toBe(12);
    expect(queue.take(0, () => 0)).toEqual({ row: undefined, nextAt: 300 });
    expect(queue.hasBroadcast(2)).toBe(true);
    expect(queue.hasBroadcast(1)).toBe(false);
  });

  it('retries transient errors with doubling backoff up to the limit', () => {
    const transient = { ok: false, kind: 'transient', description: '502' } as const;
    expect(decideOutcome(transient, 1, DEFAULT_RETRY)).toEqual({
      kind: 'retry',
      delayMs: 1_000,
      error: '502',
    });
    expect(decideOutcome(transient, 3, DEFAULT_RETRY)).toMatchObject({ delayMs: 4_000 });
    expect(decideOutcome(transient, 5, DEFAULT_RETRY)).toMatchObject({
      kind: 'final',
      status: 'failed',
    });
  });
});

describe.each(ENGINES)('send rate on %s', (engine) => {
  const harness = engineHarness(engine);
  const db = () => harness.store().db;

  it('keeps to the configured global rate (50/s over one second)', async () => {
    await broadcastTo(db(), villagers(500));
    const clock = new VirtualClock();
    const sender = fakeSender(undefined, clock.now);
    const delivery = harness.start(sender, { rate: 50, now: clock.now, setTimer: clock.setTimer });
    await clock.advance(delivery, 300);
    const from = sender.calls.length;
    await clock.advance(delivery, 1_000);
    // 50 a second plus the pacer's 25 ms margin spaces sends 20.5 ms apart: 48 of them start
    // in this second (48.8 on average), and no second ever holds more than 50.
    expect(sender.calls.length - from).toBe(48);
    const starts = sender.calls.map((c) => c.at);
    const busiest = Math.max(
      ...starts.map((t) => starts.filter((u) => u >= t && u < t + 1_000).length),
    );
    expect(busiest).toBeLessThanOrEqual(50);
  });

  it('sends two broadcasts to the same villager at least a second apart', async () => {
    const people = villagers(3);
    await broadcastTo(db(), people, { text: 'urgent', priority: 100 });
    await broadcastTo(db(), people, { text: 'tip', priority: 10 });
    const clock = new VirtualClock();
    const sender = fakeSender(undefined, clock.now);
    const delivery = harness.start(sender, {
      rate: 1_000,
      pollMs: 20,
      now: clock.now,
      setTimer: clock.setTimer,
    });
    await clock.runUntilSettled(delivery, delivery.drain());
    expect(sender.calls).toHaveLength(6);
    for (const chat of people) {
      const [urgent, tip] = sender.calls.filter((c) => c.chatId === chat);
      expect([urgent?.text, tip?.text]).toEqual(['urgent', 'tip']);
      expect((tip?.at ?? 0) - (urgent?.at ?? 0)).toBe(1_000);
    }
  });
});
