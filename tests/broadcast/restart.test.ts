import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDeliveryEngine, type DeliveryEngine } from '../../src/broadcast/engine.js';
import type { Sender, SendResult } from '../../src/broadcast/sender.js';
import { deliveryReport } from '../../src/store/broadcasts.repository.js';
import type { Store } from '../../src/store/database.js';
import { ENGINES } from '../helpers/store.js';
import { broadcastTo, fakeSender, sleep, until, villagers } from './fake-sender.js';
import { type SharedDatabase, sharedDatabase } from './shared-store.js';

const N = 120;

describe.each(ENGINES)('restarting delivery on %s', (engine) => {
  let shared: SharedDatabase;
  let stores: { a: Store; b: Store };
  const engines: DeliveryEngine[] = [];
  const unhangs: Array<() => void> = [];
  beforeAll(async () => {
    shared = await sharedDatabase(engine);
  });
  afterAll(() => shared.cleanup());
  beforeEach(async () => {
    await shared.clear();
    stores = { a: shared.open(), b: shared.open() };
  });
  afterEach(async () => {
    for (const unhang of unhangs.splice(0)) unhang();
    for (const e of engines.splice(0)) await e.stop();
    await shared.closeAll();
  });

  function startEngine(db: Store['db'], send: Sender, workerId: string, leaseMs = 30_000) {
    const e = createDeliveryEngine({ db, engine, send, rate: 300, pollMs: 20, workerId, leaseMs });
    engines.push(e);
    e.start();
    return e;
  }

  it('after a stop half-way, a new engine sends the rest: nobody twice, nobody skipped', async () => {
    const id = await broadcastTo(stores.a.db, villagers(N));
    // A few milliseconds per send, so some are in flight when the stop comes.
    const sender = fakeSender(async () => {
      await sleep(5);
      return { ok: true };
    });
    const first = startEngine(stores.a.db, sender.send, 'replica-1');
    await until(() => sender.calls.length >= N / 2);
    await first.stop();
    const afterStop = await deliveryReport(stores.a.db, id);
    expect(afterStop.sent).toBe(sender.calls.length); // the in-flight batch was finished and written
    const claimed = await stores.a.db
      .selectFrom('broadcast_recipients')
      .select('user_id')
      .where('status', '=', 'claimed')
      .execute();
    expect(claimed).toEqual([]); // unsent claims were given back

    await startEngine(stores.b.db, sender.send, 'replica-2').drain();
    expect(sender.calls).toHaveLength(N);
    expect([...sender.perChat().values()].every((n) => n === 1)).toBe(true);
    expect(await deliveryReport(stores.b.db, id)).toMatchObject({ sent: N, pending: 0 });
  });

  /**
   * A crash: the first process stops mid-sentence (its sends hang, its database connection is
   * gone) and never releases its claims. Sends that had not left are not deliveries.
   */
  function crashingSender(crashAt: number, crash: () => void) {
    const delivered: number[] = [];
    const hung: Array<(r: SendResult) => void> = [];
    const send: Sender = (chatId) => {
      if (delivered.length >= crashAt) return new Promise((resolve) => hung.push(resolve));
      delivered.push(chatId);
      if (delivered.length === crashAt) crash();
      return Promise.resolve({ ok: true });
    };
    const unhang = () => {
      for (const resolve of hung.splice(0)) resolve({ ok: false, kind: 'transient' });
    };
    unhangs.push(unhang);
    return { send, delivered };
  }

  for (const recovery of ['restart with the same worker id', 'another worker after the lease'])
    it(`after a crash, ${recovery} sends the rest exactly once`, async () => {
      const id = await broadcastTo(stores.a.db, villagers(N));
      const dead = crashingSender(N / 2, () => {});
      const first = startEngine(stores.a.db, dead.send, 'replica-1');
      // Crash once every result that came back is written (the common case at 25/s).
      await until(() => dead.delivered.length >= N / 2 && first.status().unwritten === 0);
      await stores.a.close();

      const sameId = recovery.startsWith('restart');
      const second = fakeSender();
      await startEngine(
        stores.b.db,
        second.send,
        sameId ? 'replica-1' : 'replica-2',
        sameId ? 30_000 : 300,
      ).drain();

      const all = [...dead.delivered, ...second.calls.map((c) => c.chatId)];
      expect(all.sort()).toEqual(villagers(N));
      expect(await deliveryReport(stores.b.db, id)).toMatchObject({ sent: N, pending: 0 });
    });

  it('after a crash between send and write, only the unwritten sends go out twice', async () => {
    await broadcastTo(stores.a.db, villagers(N));
    let unwrittenAtCrash = 0;
    let first: DeliveryEngine | undefined;
    const dead = crashingSender(N / 2, () => {
      const status = first?.status();
      // The crashing send itself, plus whatever had come back but was not yet written.
      unwrittenAtCrash = 1 + (status?.unwritten ?? 0) + (status?.inFlight ?? 0);
      void stores.a.close();
    });
    first = startEngine(stores.a.db, dead.send, 'replica-1');
    await until(() => dead.delivered.length >= N / 2);

    const second = fakeSender();
    await startEngine(stores.b.db, second.send, 'replica-1').drain();
    const counts = new Map<number, number>();
    for (const chat of [...dead.delivered, ...second.calls.map((c) => c.chatId)])
      counts.set(chat, (counts.get(chat) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(villagers(N)); // nobody skipped
    const twice = [...counts.values()].filter((n) => n > 1).length;
    expect(twice).toBeGreaterThanOrEqual(1);
    expect(twice).toBeLessThanOrEqual(unwrittenAtCrash);
  });
});
