/**
 * The engine sends what each broadcast row says (issue 10): a described broadcast is rendered by
 * the channel's renderer once per broadcast, however many recipients and batches it has; a row
 * queued before the upgrade (Telegram HTML in `text`, `parse_mode` HTML, no description) goes
 * out exactly as it was stored; and an engine without a renderer leaves described broadcasts
 * pending and says why, instead of sending something wrong.
 */
import { describe, expect, it } from 'vitest';
import type { BroadcastDescription } from '../../src/broadcast/broadcast.js';
import type { OutboxMessage } from '../../src/broadcast/sender.js';
import { createBroadcast, enqueueRecipients } from '../../src/store/broadcasts.repository.js';
import { ENGINES } from '../helpers/store.js';
import { broadcastTo, fakeSender, until, villagers } from './fake-sender.js';
import { engineHarness } from './shared-store.js';

const DESCRIBED: BroadcastDescription = {
  locale: 'zh-CN',
  message: { tone: 'high', blocks: [{ type: 'paragraph', text: { text: '暴雨 <橙色> 预警' } }] },
};

describe.each(ENGINES)('what the outbox sends, on %s', (engine) => {
  const harness = engineHarness(engine, { rate: 2_000, pollMs: 20 });
  const db = () => harness.store().db;

  /** A fake sender that also keeps each message as the engine handed it over. */
  const recording = () => {
    const messages: OutboxMessage[] = [];
    const sender = fakeSender((_chat, _n, message) => {
      messages.push(message);
      return { ok: true };
    });
    return { sender, messages };
  };

  it('renders a described broadcast once for all its recipients, across many batches', async () => {
    const people = villagers(120);
    await broadcastTo(db(), people, { description: DESCRIBED });
    const rendered: BroadcastDescription[] = [];
    const { sender, messages } = recording();
    await harness
      .start(sender, {
        batchSize: 10,
        render: (d) => {
          rendered.push(d);
          return { text: '<b>暴雨</b>', parseMode: 'HTML' };
        },
      })
      .drain();

    expect(sender.calls).toHaveLength(120);
    expect(rendered).toEqual([DESCRIBED]);
    expect(messages.every((m) => m.text === '<b>暴雨</b>' && m.parseMode === 'HTML')).toBe(true);
  });

  it('sends a row queued before the upgrade exactly as stored, without rendering it', async () => {
    const stored = '🚨 <b>紧急预警</b>\n\n有人冒充&lt;医保局&gt;';
    // As the version before 2026-12-11 wrote it: Telegram HTML, parse_mode HTML, no description.
    const row = await db()
      .insertInto('broadcasts')
      .values({
        kind: 'urgent',
        text: stored,
        photo_file_id: null,
        parse_mode: 'HTML',
        description: null,
        priority: 100,
        status: 'approved',
        author_id: 900001,
        approver_id: null,
        not_before: null,
        created_at: '2026-12-10T02:00:00.000Z',
        approved_at: '2026-12-10T02:00:00.000Z',
        started_at: null,
        finished_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueRecipients(db(), Number(row.id), [200001, 200002]);
    let renders = 0;
    const { sender, messages } = recording();
    await harness
      .start(sender, {
        render: () => {
          renders++;
          return { text: 'wrong', parseMode: 'HTML' };
        },
      })
      .drain();

    expect(renders).toBe(0);
    expect(messages).toEqual([
      { text: stored, parseMode: 'HTML' },
      { text: stored, parseMode: 'HTML' },
    ]);
  });

  it('without a renderer, keeps a described broadcast pending and logs why; the rest still go', async () => {
    const described = await createBroadcast(db(), {
      kind: 'urgent',
      description: DESCRIBED,
      priority: 100,
      authorId: 900001,
      status: 'approved',
    });
    await enqueueRecipients(db(), described, [200001]);
    await broadcastTo(db(), [200002], { text: '警惕冒充公检法诈骗' });
    const errors: unknown[][] = [];
    const logger = { info() {}, warn() {}, error: (...a: unknown[]) => errors.push(a) };
    const { sender, messages } = recording();
    harness.start(sender, { logger });

    await until(() => errors.length > 0 && sender.calls.length > 0);
    expect(messages).toEqual([{ text: '警惕冒充公检法诈骗' }]);
    const [said, fields] = errors[0] ?? [];
    expect(said).toBe(`Broadcast ${described} cannot be sent; its recipients stay pending`);
    expect(String((fields as { error: Error }).error.message)).toContain('no `render` option');
    const open = await db()
      .selectFrom('broadcast_recipients')
      .select('status')
      .where('broadcast_id', '=', described)
      .execute();
    expect(open.map((r) => r.status)).toEqual(['pending']);
  });
});
