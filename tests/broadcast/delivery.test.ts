import { describe, expect, it } from 'vitest';
import { BROADCAST_PRIORITY } from '../../src/broadcast/broadcast.js';
import type { DeliveryReport } from '../../src/broadcast/report.js';
import {
  approveBroadcast,
  cancelBroadcast,
  deliveryReport,
  getBroadcast,
} from '../../src/store/broadcasts.repository.js';
import { ENGINES } from '../helpers/store.js';
import { broadcastTo, fakeSender, until, villagers } from './fake-sender.js';
import { engineHarness } from './shared-store.js';

describe.each(ENGINES)('broadcast delivery on %s', (engine) => {
  const harness = engineHarness(engine, {
    rate: 2_000,
    pollMs: 20,
  });
  const startEngine = harness.start;
  const db = () => harness.store().db;

  it('sends the warning to every enqueued villager exactly once and reports it', async () => {
    const people = villagers(250);
    const id = await broadcastTo(db(), people, { text: '警惕“刷单返利”诈骗' });
    const sender = fakeSender();
    const finished: DeliveryReport[] = [];
    await startEngine(sender, {
      batchSize: 40,
      onFinished: async (r) => {
        finished.push(r);
      },
    }).drain();

    expect(sender.calls).toHaveLength(250);
    expect([...sender.perChat().keys()].sort()).toEqual(people);
    expect([...sender.perChat().values()].every((n) => n === 1)).toBe(true);
    expect(sender.calls.every((c) => c.text === '警惕“刷单返利”诈骗' && !c.paid)).toBe(true);

    const report = await deliveryReport(db(), id);
    expect(report).toMatchObject({ total: 250, pending: 0, sent: 250, blocked: 0, failed: 0 });
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(report.finishedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(report.startedAt ?? ''),
    );
    await until(() => finished.length === 1);
    expect(finished).toEqual([report]);
    expect((await getBroadcast(db(), id))?.status).toBe('done');
  });

  it('holds a broadcast until it is approved, and a scheduled one until its time', async () => {
    const waiting = await broadcastTo(db(), [200001], { status: 'pending_review' });
    const later = await broadcastTo(db(), [200002], {
      notBefore: new Date(Date.now() + 60_000),
    });
    const sender = fakeSender();
    const engine = startEngine(sender);
    await engine.drain();
    expect(sender.calls).toHaveLength(0);

    await approveBroadcast(db(), waiting, 900002);
    engine.wake();
    await engine.drain();
    expect(sender.calls.map((c) => c.chatId)).toEqual([200001]);
    expect((await deliveryReport(db(), later)).pending).toBe(1);
  });

  it('sends urgent alerts ahead of the tips already waiting', async () => {
    await broadcastTo(db(), villagers(30), { text: 'tip', priority: BROADCAST_PRIORITY.tip });
    await broadcastTo(db(), villagers(30, 300_001), {
      text: 'urgent',
      priority: BROADCAST_PRIORITY.urgent,
    });
    const sender = fakeSender();
    await startEngine(sender, { batchSize: 10 }).drain();
    const texts = sender.calls.map((c) => c.text);
    expect(texts).toHaveLength(60);
    expect(texts.lastIndexOf('urgent')).toBeLessThan(texts.indexOf('tip'));
  });

  it('lets an urgent alert overtake a tip that is already being sent', async () => {
    await broadcastTo(db(), villagers(200), { text: 'tip', priority: BROADCAST_PRIORITY.tip });
    const sender = fakeSender();
    const engine = startEngine(sender, { rate: 200, batchSize: 10 });
    await until(() => sender.calls.length >= 20);
    await broadcastTo(db(), villagers(5, 300_001), {
      text: 'urgent',
      priority: BROADCAST_PRIORITY.urgent,
    });
    // Count from the moment the alert exists: tips sent while it was being written (many, on a
    // busy machine) were rightly sent before it.
    const sentBeforeAlert = sender.calls.length;
    engine.wake();
    await engine.drain();
    const texts = sender.calls.map((c) => c.text);
    // At most the batch already claimed goes ahead of the alert.
    expect(texts.indexOf('urgent') - sentBeforeAlert).toBeLessThanOrEqual(15);
    expect(texts.filter((t) => t === 'urgent')).toHaveLength(5);
  });

  it('sends urgent first, then notices to individuals, then the large tip already sending', async () => {
    await broadcastTo(db(), villagers(300), { text: 'tip', priority: BROADCAST_PRIORITY.tip });
    const sender = fakeSender();
    const engine = startEngine(sender, { rate: 200, batchSize: 10 });
    await until(() => sender.calls.length >= 20);
    // A reply to 王大妈's report, then a flood alert to two villages, while the tip goes out.
    await broadcastTo(db(), [300_001], { text: 'notice', priority: BROADCAST_PRIORITY.notice });
    await broadcastTo(db(), villagers(3, 400_001), {
      text: 'urgent',
      priority: BROADCAST_PRIORITY.urgent,
    });
    const sentBefore = sender.calls.length;
    engine.wake();
    await until(() => sender.calls.some((c) => c.text === 'notice'));
    const texts = sender.calls.map((c) => c.text);
    // Only the batch already claimed goes ahead; the 250-odd tips still waiting do not.
    expect(texts.indexOf('urgent') - sentBefore).toBeLessThanOrEqual(15);
    expect(texts.lastIndexOf('urgent')).toBeLessThan(texts.indexOf('notice'));
    expect(texts.indexOf('notice') - sentBefore).toBeLessThanOrEqual(20);
    expect(texts.filter((t) => t === 'tip').length).toBeLessThan(300);
  });

  it('marks paid broadcasts for allow_paid_broadcast', async () => {
    await broadcastTo(db(), villagers(20));
    const sender = fakeSender();
    await startEngine(sender, { paid: true, paidRate: 1000 }).drain();
    expect(sender.calls).toHaveLength(20);
    expect(sender.calls.every((c) => c.paid)).toBe(true);
  });

  it('stops sending a cancelled broadcast; the rest stays pending', async () => {
    const id = await broadcastTo(db(), villagers(100));
    const sender = fakeSender();
    const engine = startEngine(sender, { rate: 100, batchSize: 10 });
    await until(() => sender.calls.length >= 5);
    await cancelBroadcast(db(), id);
    engine.wake();
    await engine.drain();
    // drain() looks only at deliverable broadcasts; wait until this engine has settled what it
    // took of the cancelled one too: nothing queued, in flight, or waiting to be written.
    await until(() => {
      const s = engine.status();
      return s.queued === 0 && s.inFlight === 0 && s.unwritten === 0;
    });
    const report = await deliveryReport(db(), id);
    expect(sender.calls.length).toBeLessThan(40);
    expect(report.sent).toBe(sender.calls.length);
    expect(report.pending).toBe(100 - sender.calls.length);
    const claimed = await db()
      .selectFrom('broadcast_recipients')
      .select('user_id')
      .where('status', '=', 'claimed')
      .execute();
    expect(claimed).toEqual([]);
  });
});
