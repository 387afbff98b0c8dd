import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReport } from '../../src/store/reports.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { STICKER } from '../helpers/messages.js';

const SCAM =
  '您好，我是县医保局工作人员，您的医保卡异常将被冻结，请下载APP进行屏幕共享，并把短信验证码告诉我。';

describe('scam check', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await app.store.db
      .updateTable('stations')
      .set({ chat_id: -100100 })
      .where('code', '=', 'ST-WULAN')
      .execute();
  });
  afterEach(() => app.stop());

  async function villager(id = 100001) {
    const v = app.person({ id });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    return v;
  }

  it('rates a pasted scam high, quotes the red flags, and offers the two buttons', async () => {
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    expect(v.lastText()).toContain('转发');
    await v.send(SCAM);
    const reply = v.lastMessage();
    expect(reply?.payload.text).toContain('高风险');
    expect(reply?.payload.text).toContain('「屏幕共享」');
    expect(reply?.payload.text).toContain('96110');
    expect(reply?.payload.text).toContain('110');
    const buttons = JSON.stringify(reply?.payload.reply_markup);
    expect(buttons).toContain('报告给警察');
    expect(buttons).toContain('我已经被骗了');
  });

  it('checks any forwarded message outside a flow', async () => {
    const v = await villager();
    await v.send(SCAM, {
      forward_origin: { type: 'hidden_user', sender_user_name: '陌生人', date: 0 },
    } as never);
    expect(v.lastText()).toContain('高风险');
  });

  it('warns about a scam pasted as ordinary text, outside any flow', async () => {
    const v = await villager();
    await v.send(SCAM);
    expect(v.lastText()).toContain('高风险');
  });

  it('never says "safe" and explains the rules for ordinary messages', async () => {
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    await v.send('今晚七点村委会门口放电影，大家带小板凳。');
    expect(v.lastText()).toContain('未发现明显风险');
    expect(v.lastText()).toContain('不等于“安全”');
    expect(v.lastText()).not.toMatch(/是安全的|很安全/);
  });

  it('handles an empty forward, emoji only, a URL only and a 20,000-character paste', async () => {
    const v = await villager();
    await v.sendMessage({
      ...STICKER,
      forward_origin: { type: 'hidden_user', sender_user_name: 'x', date: 0 },
    } as never);
    expect(v.lastText()).toContain('没有文字');
    for (const text of ['😀😀😀', 'http://yb-gov.cc/pay', `${'好'.repeat(19_000)}${SCAM}`]) {
      await v.send('🛡️ 防骗查询');
      await v.send(text);
      expect(v.lastText().length).toBeLessThan(4096);
      expect(v.lastText()).toMatch(/风险|可疑/);
    }
  });

  it('"report to the police" makes a telecom-fraud clue report with the message', async () => {
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    await v.send(SCAM);
    await v.tap('scr');
    await v.tap('rpn:named');
    await v.tap(v.buttonLike('rpy:'));
    expect(v.lastText()).toMatch(/JF-\d{8}-0001/);
    expect(await getReport(app.store.db, 1)).toMatchObject({
      kind: 'clue',
      category: 'fraud',
      description: SCAM,
    });
  });

  it('"I have been scammed" gives victim guidance', async () => {
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    await v.send(SCAM);
    await v.tap('scv');
    expect(v.texts().join('\n')).toContain('马上拨打 110');
    expect(v.texts().join('\n')).toContain('96110');
  });

  it('warns that a blocklisted number was reported before, after an officer adds it', async () => {
    await grantOfficer(app.store.db, 200001, { kind: 'station', code: 'ST-WULAN' });
    const officer = app.person({ id: 200001 });
    await officer.send('/block 17012345678');
    expect(officer.lastText()).toContain('已加入本县诈骗号码库');
    await officer.send('/block 17012345678');
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    await v.send('有事请回电 170 1234 5678');
    expect(v.lastText()).toMatch(/2/);
    expect(v.lastText()).toMatch(/举报|报告|reported/);
    const resident = app.person({ id: 100002 });
    await resident.send('/block 13800000000');
    expect(resident.lastText()).toContain('只供民警');
  });

  it('puts the numbers of a confirmed telecom-fraud report into the blocklist', async () => {
    await grantOfficer(app.store.db, 200001, { kind: 'station', code: 'ST-WULAN' });
    const v = await villager();
    await v.send('🛡️ 防骗查询');
    await v.send('自称客服让我加QQ，电话 17098765432，网址 http://icbc-vip.top/login');
    await v.tap('scr');
    await v.tap('rpn:anon');
    await v.tap(v.buttonLike('rpy:'));
    const officer = app.person({ id: 200001 });
    await officer.tapIn(-100100, 'trb:1');
    const rows = await app.store.db.selectFrom('blocklist').select(['kind', 'value']).execute();
    expect(rows).toEqual(expect.arrayContaining([{ kind: 'phone', value: '17098765432' }]));
    expect(rows.some((r) => r.kind === 'url' && r.value.startsWith('icbc-vip.top'))).toBe(true);
    await v.send('🛡️ 防骗查询');
    await v.send('回电 17098765432');
    expect(v.lastText()).toMatch(/1/);
  });
});
