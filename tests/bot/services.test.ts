import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOPIC_IDS } from '../../src/domain/services/topic-ids.js';
import { recordUnanswered } from '../../src/store/answer-feedback.repository.js';
import { queueWeeklyQuestionReports } from '../../src/workflows/questions/weekly-report.js';
import { createTestApp, serviceCatalog, type TestApp } from '../helpers/bot-driver.js';

/** One plain, colloquial question per topic, written for this test (not from any dataset). */
const NATURAL_QUESTIONS: Record<string, string> = {
  'hukou.birth': '娃刚生下来咋上户口',
  'hukou.move-in': '嫁过来了户口想迁到婆家来',
  'hukou.move-out': '户口要迁到外省去，迁移证咋开',
  'hukou.return-village': '大学毕业了户口能迁回村里吗',
  'hukou.cancel': '老人过世了户口要去注销吗',
  'hukou.correction': '户口本上出生日期登记错了咋改',
  'hukou.split': '儿子结婚了想分户单独立户',
  'hukou.booklet': '户口本丢了怎么补',
  'hukou.unregistered': '孩子一直没有户口是黑户咋办',
  'police.certificates': '开无犯罪记录证明去哪开',
  'idcard.first': '孩子第一次办身份证要带啥',
  'idcard.renewal': '身份证快到期了怎么换',
  'idcard.lost': '俺身份证掉了咋补办',
  'idcard.temporary': '身份证没带能办临时身份证坐火车吗',
  'idcard.progress': '身份证办好了没有，能邮寄到家吗',
  'idcard.homevisit': '老人瘫痪在床出不了门，能上门办身份证吗',
  'residence.permit': '在外地打工怎么办居住证',
  'exit.documents': '想出国旅游护照怎么办',
  'driver.renewal': '驾照到期了去哪换',
  'driver.lost': '驾驶证弄丢了怎么补领',
  'driver.points': '驾照扣了几分咋查',
  'driver.exam': '想考驾照怎么报名',
  'vehicle.registration': '新买的小轿车咋上牌',
  'vehicle.transfer': '二手车过户要啥手续',
  'vehicle.inspection': '小汽车年检怎么弄',
  'vehicle.violation': '违章了罚款在哪交',
  'vehicle.plate-lost': '车牌掉了丢了怎么补',
  'vehicle.scrap': '旧车不要了怎么报废',
  'ebike.registration': '电瓶车要上牌吗去哪上',
  'rural.motor-vehicles': '拖拉机上牌去哪儿办',
  'traffic.accident': '路上两个车剐蹭了怎么处理',
  'fraud.victim': '被骗了钱转出去了怎么办',
  'police.report': '家里羊被偷了怎么报案',
  'lost.found': '捡到一个钱包交给谁',
};

describe('service answers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.stop());

  async function villager(id: number, village = 'wl-hongqi', lang = 'zh-CN') {
    const person = app.person({ id });
    await person.send(`/start v_${village}`);
    await person.tap(`lang:${lang}`);
    return person;
  }

  it('finds every one of the 34 topics through the menu, with local facts filled in', async () => {
    const v = await villager(10);
    const { kb } = serviceCatalog();
    let found = 0;
    for (const category of kb.categories('zh-CN')) {
      for (const topicId of category.topicIds) {
        await v.send('📋 办事咨询');
        await v.tap(`svcc:${category.id}`);
        await v.tap(`svct:${topicId}`);
        const text = v.texts().slice(-3).join('\n');
        const topic = kb.topic(topicId, 'zh-CN')?.topic;
        expect(text).toContain(topic?.title.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
        expect(text).toContain('依据');
        expect(text).toContain(topic?.reviewed);
        expect(text).not.toMatch(/\{[a-z_]+\}/);
        const buttons = JSON.stringify(v.lastMessage()?.payload.reply_markup);
        expect(buttons).toContain(`svcm:${topicId}`);
        expect(buttons).toContain(`svcw:${topicId}`);
        expect(buttons).toContain(`ask:${topicId}`);
        found++;
      }
    }
    expect(found).toBe(TOPIC_IDS.length);
  });

  it('uses the villager’s own station for local facts', async () => {
    const v = await villager(11, 'xm-taiping');
    await v.send('📋 办事咨询');
    await v.tap('svcc:hukou');
    await v.tap('svct:hukou.birth');
    await v.tap('svcw:hukou.birth');
    const where = v.lastText();
    expect(where).toContain('去哪办');
    expect(where).toMatch(/新民派出所|阿拉坦旗政务服务中心/);
    await v.tap('svcm:hukou.birth');
    expect(v.lastText()).toContain('材料清单');
    expect(v.lastText()).toContain('•');
  });

  it('finds every topic from a natural question: answered directly or offered among three', async () => {
    const v = await villager(12);
    expect(Object.keys(NATURAL_QUESTIONS).sort()).toEqual([...TOPIC_IDS].sort());
    const missed: string[] = [];
    for (const [topicId, question] of Object.entries(NATURAL_QUESTIONS)) {
      await v.send(question);
      const last = v.lastMessage();
      const direct =
        String(last?.payload.text).includes('依据') &&
        JSON.stringify(last?.payload.reply_markup).includes(`svcm:${topicId}`);
      const offered = JSON.stringify(last?.payload.reply_markup ?? {}).includes(`svct:${topicId}`);
      if (!direct && !offered) missed.push(`${topicId}: ${question}`);
    }
    expect(missed).toEqual([]);
  });

  it('handles traditional characters, full-width text, and English', async () => {
    const v = await villager(13);
    await v.send('身份證丟了怎麼補辦');
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('idcard.lost');
    await v.send('ＩＤ card lost，how to replace');
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('idcard');
    const en = await villager(14, 'wl-hongqi', 'en');
    await en.send('I lost my driving licence, how do I get a new one?');
    expect(JSON.stringify(en.lastMessage()?.payload.reply_markup)).toContain('driver.lost');
  });

  it('says plainly when it does not know, and offers the officer, the menu and 110', async () => {
    const v = await villager(15);
    await v.send('今年玉米什么价钱，化肥哪里买便宜');
    expect(v.lastText()).toContain('答不准');
    expect(v.lastText()).toContain('110');
    const buttons = JSON.stringify(v.lastMessage()?.payload.reply_markup);
    expect(buttons).toContain('ask:none');
    expect(buttons).toContain('svcl');
  });

  it('shows Mongolian menus and says when the details are in Chinese', async () => {
    const v = await villager(16, 'by-bayan', 'mn');
    await v.send('📋 办事咨询');
    const menu = JSON.stringify(v.lastMessage()?.payload.reply_markup);
    expect(menu).toMatch(/[\u1820-\u1878]/);
    await v.tap('svcc:idcard');
    await v.tap('svct:idcard.lost');
    expect(v.texts().slice(-2).join('\n')).toMatch(/[\u1820-\u1878]/);
    expect(v.texts().slice(-2).join('\n')).toContain('40');
  });

  it('refuses forged topic ids and ignores greetings and emoji', async () => {
    const v = await villager(17);
    app.telegram.reset();
    await v.forge('svct:hukou.nonexistent');
    await v.forge('svcc:nope');
    expect(
      app.telegram.calls.filter((c) => c.method === 'answerCallbackQuery' && c.payload.show_alert),
    ).toHaveLength(2);
    await v.send('你好');
    expect(v.lastText()).toContain('请点下面的按钮');
    await v.send('👍👍👍');
    expect(v.lastText()).toContain('请点下面的按钮');
    await v.send(`身份证丢了${'啊'.repeat(5000)}`);
    expect(v.received().at(-1)?.payload.text).toBeDefined();
  });

  it('answers a question for someone else with the short form, and details a tap away', async () => {
    const v = await villager(18);
    await v.send('俺娘身份证丢了咋办');
    const reply = v.lastMessage();
    const text = String(reply?.payload.text);
    expect(text).toContain('身份证丢了补办');
    expect(text).toContain('📄 带：');
    expect(text).toContain('📍 去：');
    expect(text).toContain('乌兰派出所');
    expect((text.match(/\p{Script=Han}/gu) ?? []).length).toBeLessThan(320);
    const buttons = JSON.stringify(reply?.payload.reply_markup);
    for (const b of [
      'svcm:idcard.lost',
      'svcw:idcard.lost',
      'svcf:idcard.lost',
      'svfb:idcard.lost:ok:h',
      'svfb:idcard.lost:no:h',
    ])
      expect(buttons).toContain(b);
    await v.tap('svcf:idcard.lost');
    const full = v.texts().slice(-2).join('\n');
    expect(full).toContain('⚠️ 注意，别白跑');
    expect(full.trim().split('\n').at(-1)).toMatch(/^📚 依据/);
  });

  it('thanks for 有用, and on 没解决 offers the officer and keeps the question without who asked', async () => {
    const v = await villager(19);
    await app.store.db.deleteFrom('unanswered_questions').execute();
    await v.send('老头子身份证过期了');
    await v.tap('svfb:idcard.renewal:ok:h');
    expect(
      app.telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)?.payload.text,
    ).toContain('谢谢');
    await v.tap('svfb:idcard.renewal:no:h');
    expect(v.lastText()).toContain('没帮上');
    expect(v.lastText()).toContain('张建军');
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('ask:idcard.renewal');
    const rows = await app.store.db.selectFrom('unanswered_questions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'not-solved',
      question: '老头子身份证过期了',
      topic_id: 'idcard.renewal',
      band: 'high',
      village_code: 'wl-hongqi',
      station_code: 'ST-WULAN',
    });
    // Nothing names the asker (id 19): no column holds it. (Not a substring test: the stored
    // time can contain "19" at any hour.)
    const { id: _rowId, ...stored } = rows[0] ?? { id: 0 };
    expect(Object.values(stored)).not.toContain(19);
    expect(Object.keys(rows[0] ?? {})).not.toContain('user_id');
  });

  it('keeps a "not sure" question for the station, and answers small talk kindly with the menu', async () => {
    const v = await villager(20);
    await app.store.db.deleteFrom('unanswered_questions').execute();
    await v.send('社保卡丢了咋办');
    expect(v.lastText()).toContain('答不准');
    const rows = await app.store.db.selectFrom('unanswered_questions').selectAll().execute();
    expect(rows.map((r) => [r.outcome, r.question, r.band])).toEqual([
      ['not-sure', '社保卡丢了咋办', 'low'],
    ]);
    await v.send('你是机器人吗');
    expect(v.lastText()).toContain('村警通');
    expect(v.lastText()).not.toContain('依据');
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('keyboard');
  });

  it('sends each station group its weekly review of unanswered questions', async () => {
    await app.store.db.deleteFrom('unanswered_questions').execute();
    await app.store.db
      .updateTable('stations')
      .set({ chat_id: -100100 })
      .where('code', '=', 'ST-WULAN')
      .execute();
    const now = new Date('2026-12-07T01:00:00Z');
    await recordUnanswered(
      app.store.db,
      {
        outcome: 'not-sure',
        question: '羊丢了找谁',
        topicId: 'lost.found',
        band: 'low',
        villageCode: 'wl-hongqi',
        stationCode: 'ST-WULAN',
      },
      new Date('2026-12-03T01:00:00Z'),
    );
    app.telegram.reset();
    const { notices } = await queueWeeklyQuestionReports(app.store.db, now, 'Asia/Shanghai');
    expect(notices).toHaveLength(1);
    // A second replica's cron the same morning queues nothing new.
    await queueWeeklyQuestionReports(app.store.db, now, 'Asia/Shanghai');
    // The notice loop sends what is due by its clock: that Monday morning.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    try {
      expect(await app.deliverNotices()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
    const message = app.telegram.calls.find(
      (c) => c.method === 'sendMessage' && c.payload.chat_id === -100100,
    );
    expect(String(message?.payload.text)).toContain('「羊丢了找谁」');
    expect(String(message?.payload.text)).toContain('丢东西、捡东西、寻人');
  });
});
