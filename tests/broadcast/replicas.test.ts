import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryEngine, type DeliveryEngine } from '../../src/broadcast/engine.js';
import type { DeliveryReport } from '../../src/broadcast/report.js';
import { deliveryReport } from '../../src/store/broadcasts.repository.js';
import { TEST_DATABASE_URL } from '../helpers/store.js';
import { broadcastTo, fakeSender, sleep, until, villagers } from './fake-sender.js';
import { type SharedDatabase, sharedDatabase } from './shared-store.js';

describe.skipIf(!TEST_DATABASE_URL)('two replicas on one PostgreSQL database', () => {
  let shared: SharedDatabase;
  const engines: DeliveryEngine[] = [];
  beforeAll(async () => {
    shared = await sharedDatabase('postgres');
  });
  afterAll(() => shared.cleanup());
  afterEach(async () => {
    for (const e of engines.splice(0)) await e.stop();
    await shared.closeAll();
  });

  it('send each villager each broadcast exactly once between them', async () => {
    const stores = { a: shared.open(), b: shared.open() };
    const urgent = await broadcastTo(stores.a.db, villagers(400), {
      text: 'urgent',
      priority: 100,
    });
    const tip = await broadcastTo(stores.a.db, villagers(300, 300_001), { text: 'tip' });
    // One fake Telegram for both, with a little latency so the replicas interleave.
    const telegram = fakeSender(async () => {
      await sleep(Math.random() * 3);
      return { ok: true };
    });
    const finished: DeliveryReport[] = [];
    const byReplica = new Map<string, number>();
    for (const [name, store] of [
      ['replica-1', stores.a],
      ['replica-2', stores.b],
    ] as const) {
      const engine = createDeliveryEngine({
        db: store.db,
        engine: 'postgres',
        workerId: name,
        send: async (chatId, message, options) => {
          byReplica.set(name, (byReplica.get(name) ?? 0) + 1);
          return telegram.send(chatId, message, options);
        },
        rate: 1_000,
        batchSize: 10,
        pollMs: 20,
        onFinished: async (r) => {
          finished.push(r);
        },
      });
      engines.push(engine);
      engine.start();
    }
    await Promise.all(engines.map((e) => e.drain()));

    expect(telegram.calls).toHaveLength(700);
    const seen = new Set(telegram.calls.map((c) => `${c.text}:${c.chatId}`));
    expect(seen.size).toBe(700);
    expect(byReplica.get('replica-1')).toBeGreaterThan(0);
    expect(byReplica.get('replica-2')).toBeGreaterThan(0);
    expect(await deliveryReport(stores.b.db, urgent)).toMatchObject({ sent: 400, pending: 0 });
    expect(await deliveryReport(stores.b.db, tip)).toMatchObject({ sent: 300, pending: 0 });
    // Each author is told once, by whichever replica finished last. drain() returns when no row
    // is open; marking a broadcast done can come a sweep later on the other replica, so wait.
    await until(() => finished.length >= 2);
    // Once both engines have stopped, no further report can come: a duplicate would be here now.
    for (const e of engines) await e.stop();
    expect(finished.map((r) => r.broadcastId).sort()).toEqual([urgent, tip].sort());
  });
});
