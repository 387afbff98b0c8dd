/**
 * 问驻村民警 in the web chat, on a real database: the resident's question is stored for the
 * village officer before it is handed on, carries no name and no device to the officer, and the
 * officer's answer arrives in this device's inbox through the notice outbox.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { telegramAddress, webAddress } from '../../../src/domain/people/addresses.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { getQuestion, webAskerOf } from '../../../src/store/officer-questions.repository.js';
import { personOf } from '../../../src/store/people.repository.js';
import { listInbox } from '../../../src/store/web-residents.repository.js';
import { answerOfficerQuestion } from '../../../src/workflows/questions/ask-officer.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const OFFICER = 200001;
describe.each(ENGINES)('asking the village officer from the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  let handed: number[];
  let reachable: boolean;
  const logger = createMemoryLogger();

  beforeEach(async () => {
    store = await createTestStore(engine);
    await store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    handed = [];
    reachable = true;
    ({ web, base } = await startWebChannel(store.db, {
      logger,
      deliverQuestion: async (id) => {
        handed.push(id);
        return reachable;
      },
    }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  it('stores the question, hands it on, and the officer’s answer arrives in the inbox', async () => {
    const wang = new WebClient(base);
    await wang.open();
    const early = await wang.post('/web/api/askofficer', { text: '低保怎么申请？' });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toBe(t('zh-CN', 'web-choose-village-first'));
    await wang.post('/web/api/village', { code: 'wl-hongqi' });
    expect((await wang.post('/web/api/askofficer', { text: '   ' })).status).toBe(400);
    expect((await wang.post('/web/api/askofficer', { text: 'x' }, false)).status).toBe(403);
    expect(handed).toEqual([]);

    const sent = await wang.post('/web/api/askofficer', { text: '<b>低保</b>怎么申请？' });
    expect(sent.status).toBe(200);
    const [id] = handed;
    expect(textsOf(sent.body.message)).toEqual([
      t('zh-CN', 'ask-sent', { id: String(id), officer: '张建军', phone: '13804790101' }),
    ]);
    expect(sent.body.message.choices[0].action).toBe('call:13804790101');
    const question = await getQuestion(store.db, id ?? 0);
    // Asker and officer are named by person: the web device's, and the officer's Telegram user's.
    expect(question).toMatchObject({
      askerId: await personOf(store.db, webAddress(deviceOf(wang))),
      officerId: await personOf(store.db, telegramAddress(OFFICER)),
      villageCode: 'wl-hongqi',
      question: '<b>低保</b>怎么申请？',
      shareContact: false,
      status: 'open',
    });
    expect(await webAskerOf(store.db, id ?? 0)).toBe(deviceOf(wang));

    // The officer answers on Telegram (the bot calls this workflow); the answer waits for the
    // device in the outbox and reaches its inbox, in its language.
    if (!question) throw new Error('question not stored');
    const answered = await answerOfficerQuestion(store.db, question, '带户口本到村委会登记。');
    expect(answered).toMatchObject({ outcome: 'answered' });
    expect(await answerOfficerQuestion(store.db, question, '再答一次')).toEqual({
      outcome: 'already-answered',
    });
    const loop = createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      deliverers: { web: webDeliverer(web) },
      logger,
    });
    expect(await loop.drain()).toBe(1);
    const inbox = await listInbox(store.db, deviceOf(wang));
    expect(inbox.map((m) => textsOf(m.body))).toEqual([
      [
        t('zh-CN', 'ask-answer-relayed', {
          id: String(id),
          officer: '张建军',
          question: '<b>低保</b>怎么申请？',
          answer: '带户口本到村委会登记。',
        }),
      ],
    ]);
    expect(JSON.stringify(logger.entries)).not.toContain(deviceOf(wang));
  });

  it('when the officer cannot be reached, the resident is told and given the phone', async () => {
    reachable = false;
    const wang = new WebClient(base);
    await wang.open('en');
    await wang.post('/web/api/village', { code: 'wl-hongqi' });
    const sent = await wang.post('/web/api/askofficer', { text: 'When is the station open?' });
    expect(textsOf(sent.body.message)).toEqual([
      t('en', 'ask-not-delivered', {
        id: String(handed[0]),
        officer: 'Zhang Jianjun',
        phone: '13804790101',
      }),
    ]);
  });
});
