/**
 * Upgrading a station in the middle of a broadcast: the outbox as the version before
 * `2026-12-11-broadcast-descriptions` left it (Telegram HTML in `broadcasts.text`, parse_mode
 * HTML, half the recipients already sent) keeps every row, and the rest of the broadcast goes out
 * exactly as it was queued, with the same HTML, to exactly the recipients still pending.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryEngine } from '../../src/broadcast/engine.js';
import type { OutboxMessage } from '../../src/broadcast/sender.js';
import { deliveryReport, getBroadcast } from '../../src/store/broadcasts.repository.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE = '2026-12-09-person-settings';
const AT = '2026-12-10T02:00:00.000Z';
const HTML = '🚨 <b>紧急预警</b>\n\n有人冒充&lt;医保局&gt; &amp; 公安打电话';

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(db: Kysely<any>): Promise<number> {
  const row = await db
    .insertInto('broadcasts')
    .values({
      kind: 'urgent',
      text: HTML,
      photo_file_id: null,
      parse_mode: 'HTML',
      priority: 100,
      status: 'sending',
      author_id: 900001,
      approver_id: null,
      not_before: null,
      created_at: AT,
      approved_at: AT,
      started_at: AT,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  const recipient = (user_id: number, status: string) => ({
    broadcast_id: id,
    user_id,
    priority: 100,
    status,
    attempts: status === 'sent' ? 1 : 0,
    sent_at: status === 'sent' ? AT : null,
  });
  await db
    .insertInto('broadcast_recipients')
    .values([
      recipient(200001, 'sent'),
      recipient(200002, 'sent'),
      recipient(200003, 'pending'),
      recipient(200004, 'pending'),
    ])
    .execute();
  return id;
}

describe.each(ENGINES)('broadcast descriptions, upgrading a populated outbox on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.cleanup();
  });

  it('keeps the queued HTML broadcast and delivers its rest exactly as before', async () => {
    store = await createTestStore(engine, { upTo: BEFORE });
    // biome-ignore lint/suspicious/noExplicitAny: the old schema.
    const id = await fillAsOldVersion(store.db as unknown as Kysely<any>);

    expect(await migrateToLatest(store.db)).toContain('2026-12-11-broadcast-descriptions');
    expect(await getBroadcast(store.db, id)).toMatchObject({
      description: null,
      text: HTML,
      parseMode: 'HTML',
      status: 'sending',
    });

    const sent: Array<[number, OutboxMessage]> = [];
    const delivery = createDeliveryEngine({
      db: store.db,
      engine,
      send: async (chatId, message) => {
        sent.push([chatId, message]);
        return { ok: true, messageId: chatId };
      },
      rate: 1_000,
      pollMs: 20,
      render: () => {
        throw new Error('a pre-upgrade row must not be rendered');
      },
    });
    delivery.start();
    await delivery.drain();
    await delivery.stop();

    expect(sent.sort(([a], [b]) => a - b)).toEqual([
      [200003, { text: HTML, parseMode: 'HTML' }],
      [200004, { text: HTML, parseMode: 'HTML' }],
    ]);
    expect(await deliveryReport(store.db, id)).toMatchObject({ total: 4, sent: 4, pending: 0 });
    expect(await migrateToLatest(store.db)).toEqual([]);
  });
});
