/**
 * On PostgreSQL the result writer and the lease heartbeat update the same outbox rows from two
 * connections. Both must lock those rows in one order (by broadcast, then user), or each can
 * hold a row the other waits for: a deadlock, seen in the benchmark. Run the two side by side
 * many times; any deadlock fails the test with PostgreSQL's error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RowUpdate, renewClaims, writeRows } from '../../src/broadcast/outbox.js';
import type { Store } from '../../src/store/database.js';
import { TEST_DATABASE_URL } from '../helpers/store.js';
import { broadcastTo, villagers } from './fake-sender.js';
import { type SharedDatabase, sharedDatabase } from './shared-store.js';

const TOKEN = 'replica-a/0001';
const NOW = '2026-06-15T02:00:00.000Z';
const SENT_AT = '2026-06-15T02:00:01.000Z';

describe.skipIf(!TEST_DATABASE_URL)('outbox row locks on postgres', () => {
  let shared: SharedDatabase;
  let writer: Store;
  let heartbeat: Store;
  beforeAll(async () => {
    shared = await sharedDatabase('postgres');
    writer = shared.open();
    heartbeat = shared.open();
  });
  afterAll(() => shared.cleanup());

  it('writes results while the lease is renewed, round after round, without a deadlock', async () => {
    const people = villagers(1_000);
    const id = await broadcastTo(writer.db, people);
    // Results come back in no particular order: here last recipient first, sends and releases
    // mixed, so the writer's two statements (sent, then released) cross the heartbeat's rows.
    const updates: RowUpdate[] = people
      .filter((_, i) => i % 5 === 0)
      .map((userId, i) => ({
        broadcastId: id,
        userId,
        status: i % 2 === 0 ? ('sent' as const) : ('pending' as const),
        attempts: 1,
        sentAt: i % 2 === 0 ? SENT_AT : null,
        messageId: i % 2 === 0 ? i + 1 : null,
        error: null,
      }))
      .reverse();
    for (let round = 0; round < 40; round++) {
      await writer.db
        .updateTable('broadcast_recipients')
        .set({
          status: 'claimed',
          claimed_by: 'replica-a',
          claim_token: TOKEN,
          claimed_at: NOW,
          sent_at: null,
          message_id: null,
        })
        .where('broadcast_id', '=', id)
        .execute();
      const [, renewed] = await Promise.all([
        writeRows(writer.db, 'postgres', updates, TOKEN),
        renewClaims(heartbeat.db, 'postgres', TOKEN, NOW),
      ]);
      // Whichever locked the first row went first with all of them: the heartbeat renewed every
      // claim before the results were written, or only those left claimed after.
      expect([people.length, people.length - updates.length]).toContain(renewed.size);
      const counts = await writer.db
        .selectFrom('broadcast_recipients')
        .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
        .where('broadcast_id', '=', id)
        .groupBy('status')
        .orderBy('status')
        .execute();
      expect(counts.map((c) => [c.status, Number(c.n)])).toEqual([
        ['claimed', 800],
        ['pending', 100],
        ['sent', 100],
      ]);
    }
  });
});
