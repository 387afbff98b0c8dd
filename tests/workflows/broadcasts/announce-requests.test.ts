/**
 * Telling reviewers without any channel: the claim and one review notice per reviewer commit
 * together; asking again queues nothing; the author is never their own reviewer; an officer of
 * another station is not asked. Delivered on Telegram, the notice shows the preview with its
 * buttons, and a request decided before its notice goes out sends nothing.
 */
import type { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramDeliverer } from '../../../src/bot/notices/telegram-deliverer.js';
import { telegramAddress } from '../../../src/domain/people/addresses.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { createRequest, decideRequest } from '../../../src/store/broadcast-requests.repository.js';
import { ensurePerson } from '../../../src/store/people.repository.js';
import { grantOfficer } from '../../../src/store/users.repository.js';
import { announcePendingRequests } from '../../../src/workflows/broadcasts/announce-requests.js';
import { LOCALES_DIR } from '../../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const ADMIN = 900001;
const AUTHOR = 200001;
const COLLEAGUE = 200002;
const ELSEWHERE = 200003;
const translate = createTranslate(LOCALES_DIR);

describe.each(ENGINES)('announcing broadcast requests to reviewers (%s)', (engine) => {
  let store: TestStore;
  // Workflows know people by our id: the persons of the Telegram users above.
  let admins: Set<number>;
  let author: number;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await grantOfficer(store.db, AUTHOR, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await grantOfficer(store.db, COLLEAGUE, { kind: 'station', code: 'ST-WULAN' }, '王警官');
    await grantOfficer(store.db, ELSEWHERE, { kind: 'station', code: 'ST-BAYAN' }, '张警官');
    admins = new Set([await ensurePerson(store.db, telegramAddress(ADMIN))]);
    author = await ensurePerson(store.db, telegramAddress(AUTHOR));
  });
  afterEach(() => store.cleanup());

  const request = (text: string) =>
    createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': text },
      photoFileId: null,
      target: { townships: ['T-WULAN'] },
      notBefore: null,
      authorId: author,
    });

  it('queues one review notice per reviewer with the claim, once, and sends the preview', async () => {
    const first = await request('有人冒充医保局要验证码，<b>马上挂断</b>');
    const now = new Date('2026-06-15T02:00:00Z');
    const { notices } = await announcePendingRequests(store.db, admins, now);
    expect(notices.map((n) => Number(n.recipient)).sort()).toEqual([COLLEAGUE, ADMIN]);
    expect((await announcePendingRequests(store.db, admins, now)).notices).toEqual([]);

    const sent: { chat: number; text: string; markup: string }[] = [];
    const api = {
      sendMessage: async (chat: number, text: string, other?: { reply_markup?: unknown }) => {
        sent.push({ chat, text, markup: JSON.stringify(other?.reply_markup ?? {}) });
        return { message_id: sent.length };
      },
    } as unknown as Api;
    const loop = createNoticeLoop({
      db: store.db,
      engine,
      workerId: 'test',
      deliverers: {
        telegram: telegramDeliverer({ api, db: store.db, translate, adminIds: new Set([ADMIN]) }),
      },
      logger: { warn: () => {}, error: () => {} },
      now: () => now,
    });
    await loop.drain();
    expect(sent.map((s) => s.chat).sort()).toEqual([COLLEAGUE, ADMIN]);
    for (const s of sent) {
      expect(s.text).toContain(`#${first.id}`);
      // The officer's words are shown literally, never as markup.
      expect(s.text).toContain('&lt;b&gt;马上挂断&lt;/b&gt;');
      expect(s.markup).toContain(`brv:${first.id}:approve`);
      expect(s.markup).toContain(`brv:${first.id}:reject`);
    }

    // Decided before its notices went out: the reviewers get no stale buttons.
    const second = await request('第二条');
    await announcePendingRequests(store.db, admins, now);
    await decideRequest(store.db, second.id, 'approved', [...admins][0] as number);
    await loop.drain();
    expect(sent).toHaveLength(2);
  });
});
