/**
 * The author's report waits for every channel: while a web or SMS notice of the request is still
 * pending, nothing is queued; once the last is final, one report with each channel's line, and
 * never a second. Every channel is counted from the notices, SMS included. The report is itself
 * a notice: a failed send is retried by the notice loop, not lost.
 */
import type { Api } from 'grammy';
import { GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramDeliverer } from '../../src/bot/notices/telegram-deliverer.js';
import type { NoticeChannel } from '../../src/domain/notices/notice.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { createNoticeLoop } from '../../src/notices/delivery-loop.js';
import { createRequest, decideRequest } from '../../src/store/broadcast-requests.repository.js';
import { enqueueNotices } from '../../src/store/notices.repository.js';
import { ensurePerson } from '../../src/store/people.repository.js';
import { reportAuthor } from '../../src/workflows/broadcasts/report-author.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const AUTHOR = 200001;
const translate = createTranslate(LOCALES_DIR);

describe.each(ENGINES)('the author’s report over all channels (%s)', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('is sent once, after the last channel is done, with a line per channel', async () => {
    // Requests name their author by person; the report finds them at their Telegram chat.
    const author = await ensurePerson(store.db, telegramAddress(AUTHOR));
    const request = await createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': '马上挂断！' },
      photoFileId: null,
      target: { all: true },
      notBefore: null,
      authorId: author,
    });
    await decideRequest(store.db, request.id, 'approved', 900001);
    const now = new Date('2026-06-15T02:00:00Z');
    const notice = (channel: string, recipient: string) => ({
      idempotencyKey: `broadcast:${request.id}:${channel}:${recipient}`,
      channel: channel as NoticeChannel,
      recipient,
      kind: 'broadcast' as const,
      payload: { requestId: request.id },
      priority: 0,
    });
    await enqueueNotices(
      store.db,
      [notice('web', 'device-a'), notice('web', 'device-b'), notice('sms', '+8613800000000')],
      now,
    );
    const sent: Array<{ chat: number; text: string }> = [];
    let refuseNext = false;
    const api = {
      sendMessage: async (chat: number, text: string) => {
        if (refuseNext) {
          refuseNext = false;
          throw new GrammyError(
            'Call to sendMessage failed',
            { ok: false, error_code: 502, description: 'Bad Gateway' },
            'sendMessage',
            {},
          );
        }
        sent.push({ chat, text });
        return { message_id: sent.length };
      },
    } as unknown as Api;
    let clock = new Date('2026-06-15T02:00:10Z');
    const loop = createNoticeLoop({
      db: store.db,
      engine,
      workerId: 'test',
      deliverers: { telegram: telegramDeliverer({ api, db: store.db, translate }) },
      logger: { warn: () => {}, error: () => {} },
      retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 },
      now: () => clock,
    });
    const report = async (id: number) => (await reportAuthor(store.db, id, clock)).notices;
    const settle = (recipient: string, status: 'sent' | 'failed') =>
      store.db
        .updateTable('notices')
        .set({ status, updated_at: '2026-06-15T02:00:04.000Z' })
        .where('recipient', '=', recipient)
        .execute();

    await settle('device-a', 'sent');
    await settle('+8613800000000', 'failed');
    expect(await report(request.id)).toEqual([]); // device-b is still waiting
    await loop.drain();
    expect(sent).toEqual([]);

    await settle('device-b', 'sent');
    expect(await report(request.id)).toHaveLength(1);
    expect(await report(request.id)).toEqual([]); // queued once, whoever asks again
    // Telegram fails the first send: the report waits in the outbox and goes on the retry.
    refuseNext = true;
    await loop.drain();
    expect(sent).toEqual([]);
    clock = new Date(clock.getTime() + 60_000);
    await loop.drain();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.chat).toBe(AUTHOR);
    expect(sent[0]?.text.split('\n')).toEqual([
      `📊 提醒 #${request.id} 发送完成：送达 2，已停用 0，失败 1，用时 4 秒。`,
      '· 短信：送达 0，已停用 0，失败 1',
      '· 网页版：送达 2，已停用 0，失败 0',
    ]);
    const stored = await store.db
      .selectFrom('notices')
      .select(['recipient', 'status', 'attempts'])
      .where('idempotency_key', '=', `author-report:${request.id}`)
      .execute();
    expect(stored).toEqual([{ recipient: String(AUTHOR), status: 'sent', attempts: 2 }]);
  });
});
