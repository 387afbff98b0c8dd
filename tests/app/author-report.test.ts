/**
 * The author's report waits for every channel: while a web or SMS notice of the request is still
 * pending, nothing is sent; once the last is final, one report with each channel's line, and
 * never a second. Every channel is counted from the notices, SMS included.
 */
import type { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthorReport } from '../../src/bot/broadcasts/author-report.js';
import { createI18n, createTranslate } from '../../src/bot/i18n.js';
import type { NoticeChannel } from '../../src/domain/notices/notice.js';
import { createLogger } from '../../src/logger.js';
import { createRequest, decideRequest } from '../../src/store/broadcast-requests.repository.js';
import { enqueueNotices } from '../../src/store/notices.repository.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const AUTHOR = 200001;
const translate = createTranslate(createI18n(LOCALES_DIR));

describe.each(ENGINES)('the author’s report over all channels (%s)', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('is sent once, after the last channel is done, with a line per channel', async () => {
    const request = await createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': '马上挂断！' },
      photoFileId: null,
      target: { all: true },
      notBefore: null,
      authorId: AUTHOR,
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
    const api = {
      sendMessage: async (chat: number, text: string) => {
        sent.push({ chat, text });
      },
    } as unknown as Api;
    const report = createAuthorReport({
      db: store.db,
      api: () => api,
      translate: () => translate,
      logger: createLogger('error'),
    });
    const settle = (recipient: string, status: 'sent' | 'failed') =>
      store.db
        .updateTable('notices')
        .set({ status, updated_at: '2026-06-15T02:00:04.000Z' })
        .where('recipient', '=', recipient)
        .execute();

    await settle('device-a', 'sent');
    await settle('+8613800000000', 'failed');
    await report(request.id);
    expect(sent).toEqual([]); // device-b is still waiting

    await settle('device-b', 'sent');
    await report(request.id);
    await report(request.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.chat).toBe(AUTHOR);
    expect(sent[0]?.text.split('\n')).toEqual([
      `📊 提醒 #${request.id} 发送完成：送达 2，已停用 0，失败 1，用时 4 秒。`,
      '· 短信：送达 0，已停用 0，失败 1',
      '· 网页版：送达 2，已停用 0，失败 0',
    ]);
  });
});
