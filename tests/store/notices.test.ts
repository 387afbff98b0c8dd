import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewNotice } from '../../src/domain/notices/notice.js';
import {
  claimDueNotices,
  enqueueNotices,
  finishNotice,
  markNoticeSent,
  retryNoticeLater,
} from '../../src/store/notices.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const T0 = new Date('2026-12-04T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

const card = (chat: number, priority = 10): NewNotice => ({
  idempotencyKey: `report:1:card:${chat}`,
  channel: 'telegram',
  recipient: String(chat),
  kind: 'report-card',
  payload: { reportId: 1, exactPlace: chat === -2 },
  priority,
});

describe.each(ENGINES)('the notices outbox on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());
  const claim = (token: string, now = T0, limit = 10) =>
    claimDueNotices(store.db, { engine, token, now, leaseMs: 30_000, limit });

  it('enqueues each idempotency key once', async () => {
    expect(await enqueueNotices(store.db, [card(-1), card(-2)], T0)).toBe(2);
    expect(await enqueueNotices(store.db, [card(-1), card(-2)], T0)).toBe(0);
    expect(await claim('a')).toHaveLength(2);
  });

  it('claims urgent first, and a held lease keeps others off until it runs out', async () => {
    await enqueueNotices(store.db, [card(-1, 10), card(-2, 20)], T0);
    const first = await claim('a', T0, 1);
    expect(first.map((n) => n.recipient)).toEqual(['-2']);
    expect((await claim('b', T0)).map((n) => n.recipient)).toEqual(['-1']);
    expect(await claim('c', at(1_000))).toHaveLength(0);
    // Worker a died: its lease runs out and the row is due again.
    expect((await claim('c', at(31_000))).map((n) => n.recipient)).toEqual(['-2', '-1']);
    expect(await markNoticeSent(store.db, first[0]?.id ?? 0, 'a', at(31_000))).toBe(false);
  });

  it('retries later, finishes blocked, and a sent notice is never claimed again', async () => {
    await enqueueNotices(store.db, [card(-1), card(-2)], T0);
    const [one, two] = await claim('a');
    await retryNoticeLater(store.db, one?.id ?? 0, 'a', {
      at: at(5_000),
      error: '502',
      counts: true,
      now: T0,
    });
    await finishNotice(store.db, two?.id ?? 0, 'a', { status: 'blocked', error: '403', now: T0 });
    expect(await claim('b', at(1_000))).toHaveLength(0);
    const again = await claim('b', at(5_000));
    expect(again.map((n) => [n.recipient, n.attempts])).toEqual([['-1', 1]]);
    expect(await markNoticeSent(store.db, again[0]?.id ?? 0, 'b', at(5_000))).toBe(true);
    expect(await claim('c', at(100_000))).toHaveLength(0);
  });
});
