import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendStoredQuestion } from '../../src/bot/questions/send-to-officer.js';
import { webAddress } from '../../src/domain/people/addresses.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { getQuestion } from '../../src/store/officer-questions.repository.js';
import { ensurePerson } from '../../src/store/people.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { seeWebResident } from '../../src/store/web-residents.repository.js';
import { askOfficer } from '../../src/workflows/questions/ask-officer.js';
import { queueQuestionReminders } from '../../src/workflows/questions/remind-officers.js';
import { createTestApp, LOCALES_DIR, serviceCatalog, type TestApp } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { fetchForNock, TEST_TOKEN } from '../helpers/fake-telegram.js';

const OFFICER = 200001;

describe('ask my village officer', () => {
  // Ages and deadlines below are counted from one fixed instant, not from the hour of the run.
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await app.store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    await grantOfficer(app.store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '张建军');
  });
  afterEach(() => app.stop());

  async function villager(id = 100001, name = '王大妈') {
    const v = app.person({ id, first_name: name });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    return v;
  }

  it('sends the question with the village, stores it first, and relays the answer back', async () => {
    const v = await villager();
    const officer = app.person({ id: OFFICER, first_name: '张建军' });
    await v.send('📋 办事咨询');
    await v.tap('svcc:hukou');
    await v.tap('svct:hukou.birth');
    await v.tap('ask:hukou.birth');
    expect(v.lastText()).toContain('张建军');
    await v.send('孩子在外省医院出生的，出生证明上名字写错了，还能上户口吗？');
    expect(v.lastText()).toContain('要不要让民警看到您的名字');
    await v.tap('askc:yes');

    expect(v.lastText()).toMatch(/已转给驻村民警 <b>张建军<\/b>（问题编号 #1）/);
    const toOfficer = officer.lastMessage();
    expect(toOfficer?.payload.text).toContain('红旗村（乌兰镇）');
    expect(toOfficer?.payload.text).toContain('新生儿');
    expect(toOfficer?.payload.text).toContain('名字写错了');
    expect(toOfficer?.payload.text).toContain('tg://user?id=100001');
    expect(await getQuestion(app.store.db, 1)).toMatchObject({
      status: 'open',
      shareContact: true,
      topicId: 'hukou.birth',
    });

    await officer.send('可以，带出生证明原件先到派出所户籍室，我们帮您联系医院更正。', {
      reply_to_message: {
        message_id: toOfficer?.result.message_id,
        date: 0,
        chat: { id: OFFICER, type: 'private', first_name: '张建军' },
      },
    } as never);
    expect(officer.lastText()).toContain('已把您的回答转给村民');
    expect(v.lastText()).toContain('驻村民警 <b>张建军</b> 回复了您的问题 #1');
    expect(v.lastText()).toContain('带出生证明原件');
    expect(await getQuestion(app.store.db, 1)).toMatchObject({ status: 'answered' });
  });

  it('quotes a pasted link to the officer defanged and without a preview', async () => {
    const v = await villager();
    const officer = app.person({ id: OFFICER });
    await v.send('收到短信让登录 http://ybj-gov.cn/login 领补贴，是真的吗');
    await v.tap('ask:none');
    await v.tap('askc:no');
    const sent = officer.lastMessage()?.payload;
    expect(sent?.text).toContain('hxxp://ybj-gov[.]cn/login');
    expect(sent?.text).not.toContain('ybj-gov.cn');
    expect(sent?.link_preview_options).toEqual({ is_disabled: true });
  });

  it('keeps the asker anonymous unless they agree', async () => {
    const v = await villager(100002, 'Bataar');
    const officer = app.person({ id: OFFICER });
    await v.send('家里的老房子拆了，门牌号要不要改');
    await v.tap('ask:none');
    await v.tap('askc:no');
    const text = officer.lastMessage()?.payload.text as string;
    expect(text).toContain('家里的老房子拆了');
    expect(text).not.toContain('100002');
    expect(text).not.toContain('Bataar');
    expect(text).toContain('未留名字');
  });

  it('tells the villager to phone when the officer is not on Telegram, but keeps the question', async () => {
    await app.store.db
      .updateTable('villages')
      .set({ officer_telegram_id: null })
      .where('code', '=', 'wl-hongqi')
      .execute();
    const v = await villager();
    await v.send('村里晚上老有陌生车停在路边要不要紧');
    await v.tap('ask:none');
    await v.tap('askc:yes');
    expect(v.lastText()).toContain('13804790101');
    expect(await getQuestion(app.store.db, 1)).toMatchObject({ status: 'undelivered' });
  });

  it('issues no question number when the store fails, and keeps the draft for a retry', async () => {
    const v = await villager();
    await v.send('村里晚上老有陌生车停在路边要不要紧');
    await v.tap('ask:none');
    await app.store.db.schema.dropTable('officer_questions').execute();
    await v.tap('askc:yes');
    expect(v.lastText()).toMatch(/没有办成|没有保存/);
    expect(v.lastText()).toContain('再试');
    expect(v.texts().join('\n')).not.toContain('问题编号');
    const session = await app.store.db
      .selectFrom('kv')
      .select('value')
      .where('key', 'like', '%100001')
      .executeTakeFirst();
    expect(session?.value).toContain('村里晚上老有陌生车');
  });

  it('lets only the right officer answer, once', async () => {
    const v = await villager();
    await v.send('村里晚上老有陌生车停在路边要不要紧');
    await v.tap('ask:none');
    await v.tap('askc:no');
    const officer = app.person({ id: OFFICER });
    const messageId = officer.lastMessage()?.result.message_id;
    const reply = {
      reply_to_message: {
        message_id: messageId,
        date: 0,
        chat: { id: OFFICER, type: 'private', first_name: 'x' },
      },
    } as never;
    await officer.send('要登记，带身份证来。', reply);
    await officer.send('再补充一句。', reply);
    expect(officer.lastText()).toContain('已经回答过了');
  });

  it('reminds the officer once after 24 hours without an answer', async () => {
    const v = await villager();
    await v.send('村里晚上老有陌生车停在路边要不要紧');
    await v.tap('ask:none');
    await v.tap('askc:no');
    const asked = Date.now();
    const remind = async (hours: number) => {
      vi.setSystemTime(asked + hours * 3600_000);
      return (await queueQuestionReminders(app.store.db, new Date())).notices.length;
    };
    expect(await remind(23)).toBe(0);
    expect(await remind(25)).toBe(1);
    expect(await remind(26)).toBe(0);
    // The reminder is a notice: the delivery loop sends it, once.
    expect(await app.deliverNotices()).toBe(1);
    expect(await app.deliverNotices()).toBe(0);
    expect(app.person({ id: OFFICER }).lastText()).toContain('已超过 24 小时');
    expect(app.person({ id: OFFICER }).lastText()).toContain('陌生车停在路边');
  });

  it('a web resident’s question reaches the officer without a name, and the reply goes to the web inbox', async () => {
    const device = 'webdevice0123456789';
    await seeWebResident(app.store.db, device, 'zh-CN');
    const asked = await askOfficer(app.store.db, {
      asker: { personId: await ensurePerson(app.store.db, webAddress(device)), webDevice: device },
      villageCode: 'wl-hongqi',
      question: '村里的低保怎么申请？',
      topicId: null,
      shareContact: true,
    });
    if (asked.outcome !== 'stored') throw new Error('not stored');
    const deps = {
      api: new Api(TEST_TOKEN, { fetch: fetchForNock }),
      db: app.store.db,
      translate: createTranslate(LOCALES_DIR),
      services: serviceCatalog(),
      logger: app.logger,
    };
    expect(await sendStoredQuestion(deps, asked.question.id)).toBe(true);
    const officer = app.person({ id: OFFICER, first_name: '张建军' });
    const toOfficer = officer.lastMessage();
    expect(toOfficer?.payload.text).toContain('村里的低保怎么申请？');
    expect(toOfficer?.payload.text).toContain('未留名字');
    expect(toOfficer?.payload.text).not.toContain('tg://user');
    expect(toOfficer?.payload.text).not.toContain(device);

    await officer.send('带户口本到村委会找网格员登记。', {
      reply_to_message: {
        message_id: toOfficer?.result.message_id,
        date: 0,
        chat: { id: OFFICER, type: 'private', first_name: '张建军' },
      },
    } as never);
    expect(officer.lastText()).toContain('已把您的回答转给村民');
    expect(await getQuestion(app.store.db, asked.question.id)).toMatchObject({
      status: 'answered',
      answer: '带户口本到村委会找网格员登记。',
    });
    const notices = await app.store.db
      .selectFrom('notices')
      .select(['channel', 'recipient', 'kind', 'payload'])
      .execute();
    expect(notices.map((n) => [n.channel, n.recipient, n.kind, JSON.parse(n.payload).key])).toEqual(
      [['web', device, 'message', 'ask-answer-relayed']],
    );
    expect(JSON.parse(notices[0]?.payload ?? '{}').vars).toMatchObject({
      officer: '张建军',
      answer: '带户口本到村委会找网格员登记。',
    });
  });
});
