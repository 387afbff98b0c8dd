import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  approveBroadcast,
  cancelBroadcast,
  createBroadcast,
  deliveryReport,
  enqueueRecipients,
  getBroadcast,
} from '../../src/store/broadcasts.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';
import { villagers } from './fake-sender.js';
import { clearBroadcasts } from './shared-store.js';

describe.each(ENGINES)('broadcasts repository on %s', (engine) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(engine, { seed: false });
  });
  afterAll(() => store.cleanup());
  beforeEach(() => clearBroadcasts(store.db));

  it('creates broadcasts awaiting review, and the reviewer approves them once', async () => {
    const id = await createBroadcast(store.db, {
      kind: 'legal',
      text: '《反电信网络诈骗法》宣传',
      priority: 10,
      authorId: 900001,
      notBefore: new Date('2026-12-01T01:00:00Z'),
    });
    expect(await getBroadcast(store.db, id)).toMatchObject({
      status: 'pending_review',
      notBefore: '2026-12-01T01:00:00.000Z',
      approverId: null,
    });
    expect(await approveBroadcast(store.db, id, 900002)).toBe(true);
    expect(await approveBroadcast(store.db, id, 900002)).toBe(false);
    expect(await getBroadcast(store.db, id)).toMatchObject({
      status: 'approved',
      approverId: 900002,
    });
    expect(await cancelBroadcast(store.db, id)).toBe(true);
    expect((await getBroadcast(store.db, id))?.status).toBe('cancelled');
  });

  it('enqueues each recipient once, however often the list is submitted', async () => {
    const id = await createBroadcast(store.db, {
      kind: 'urgent',
      text: '暴雨预警',
      priority: 100,
      authorId: null,
    });
    const people = villagers(1_200);
    expect(await enqueueRecipients(store.db, id, [...people, ...people.slice(0, 10)])).toBe(1_200);
    expect(await enqueueRecipients(store.db, id, people.slice(0, 700))).toBe(0);
    expect(await enqueueRecipients(store.db, id, villagers(5, 300_001))).toBe(5);
    expect(await deliveryReport(store.db, id)).toEqual({
      broadcastId: id,
      total: 1_205,
      pending: 1_205,
      sent: 0,
      blocked: 0,
      failed: 0,
      startedAt: null,
      finishedAt: null,
      durationMs: null,
    });
  });

  it('refuses recipients for a broadcast that does not exist', async () => {
    await expect(enqueueRecipients(store.db, 424242, [1])).rejects.toThrow(/does not exist/);
  });

  it('reports sent, blocked, failed and open rows with the duration', async () => {
    const id = await createBroadcast(store.db, {
      kind: 'tip',
      text: '防火提示',
      priority: 10,
      authorId: 900001,
      status: 'approved',
    });
    await enqueueRecipients(store.db, id, villagers(6));
    const set = (userIds: number[], status: string) =>
      store.db
        .updateTable('broadcast_recipients')
        .set({ status })
        .where('broadcast_id', '=', id)
        .where('user_id', 'in', userIds)
        .execute();
    await set([200001, 200002, 200003], 'sent');
    await set([200004], 'blocked');
    await set([200005], 'failed');
    await set([200006], 'claimed');
    await store.db
      .updateTable('broadcasts')
      .set({ started_at: '2026-11-26T08:00:00.000Z', finished_at: '2026-11-26T08:02:30.000Z' })
      .where('id', '=', id)
      .execute();
    expect(await deliveryReport(store.db, id)).toEqual({
      broadcastId: id,
      total: 6,
      pending: 1,
      sent: 3,
      blocked: 1,
      failed: 1,
      startedAt: '2026-11-26T08:00:00.000Z',
      finishedAt: '2026-11-26T08:02:30.000Z',
      durationMs: 150_000,
    });
  });
});
