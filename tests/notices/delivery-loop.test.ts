import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewNotice, Notice } from '../../src/domain/notices/notice.js';
import type { DeliveryResult } from '../../src/notices/deliverer.js';
import { createNoticeLoop } from '../../src/notices/delivery-loop.js';
import { enqueueNotices } from '../../src/store/notices.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const T0 = new Date('2026-12-04T08:00:00Z');

const message = (recipient: string, priority = 10): NewNotice => ({
  idempotencyKey: `test:${recipient}`,
  channel: 'telegram',
  recipient,
  kind: 'message',
  payload: { key: 'report-submitted', vars: { reference: 'JF-1' } },
  priority,
});

describe.each(ENGINES)('the notice loop on %s', (engine) => {
  let store: TestStore;
  let clock: Date;
  beforeEach(async () => {
    store = await createTestStore(engine);
    clock = T0;
  });
  afterEach(() => store.cleanup());

  /** A scripted channel: each recipient answers from its own list of results, in turn. */
  function loopWith(script: Record<string, DeliveryResult[]>) {
    const seen: string[] = [];
    const loop = createNoticeLoop({
      db: store.db,
      engine,
      workerId: 'test',
      deliverers: {
        telegram: async (n: Notice) => {
          seen.push(n.recipient);
          return script[n.recipient]?.shift() ?? { ok: true };
        },
      },
      logger: { warn: () => {}, error: () => {} },
      now: () => clock,
    });
    return { loop, seen };
  }
  const statuses = async () =>
    (
      await store.db
        .selectFrom('notices')
        .select(['recipient', 'status', 'attempts'])
        .orderBy('id')
        .execute()
    ).map((r) => `${r.recipient}:${r.status}:${r.attempts}`);

  it('delivers urgent first, each notice once', async () => {
    await enqueueNotices(store.db, [message('1', 10), message('2', 20), message('3', 10)], T0);
    const { loop, seen } = loopWith({});
    await loop.drain();
    await loop.drain();
    expect(seen).toEqual(['2', '1', '3']);
    expect(await statuses()).toEqual(['1:sent:1', '2:sent:1', '3:sent:1']);
  });

  it('retries a 5xx with backoff, blocks a 403, and waits out a 429 without counting it', async () => {
    await enqueueNotices(store.db, [message('1'), message('2'), message('3')], T0);
    const { loop, seen } = loopWith({
      '1': [{ ok: false, kind: 'transient', description: '502 Bad Gateway' }],
      '2': [{ ok: false, kind: 'inactive' }],
      '3': [{ ok: false, kind: 'retry_after', seconds: 7 }],
    });
    await loop.drain();
    expect(await statuses()).toEqual(['1:pending:1', '2:blocked:1', '3:pending:0']);
    clock = new Date(T0.getTime() + 1_000); // the first backoff
    await loop.drain();
    clock = new Date(T0.getTime() + 7_000); // retry_after
    await loop.drain();
    expect(seen).toEqual(['1', '2', '3', '1', '3']);
    expect(await statuses()).toEqual(['1:sent:2', '2:blocked:1', '3:sent:1']);
  });

  it("runs the channel's record in the transaction that marks the notice sent", async () => {
    await enqueueNotices(store.db, [message('1')], T0);
    let pushed = false;
    const { loop } = loopWith({
      '1': [
        {
          ok: true,
          record: async (trx) => {
            await trx.insertInto('report_counters').values({ day: 'x', last: 1 }).execute();
            return () => {
              pushed = true;
            };
          },
        },
      ],
    });
    await loop.drain();
    expect(pushed).toBe(true);
    expect(await store.db.selectFrom('report_counters').selectAll().execute()).toHaveLength(1);
    expect(await statuses()).toEqual(['1:sent:1']);
  });
});
