import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getUser } from '../../src/store/users.repository.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';

describe('onboarding', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('walks a villager from /start through language, township and village to the menu', async () => {
    const villager = app.person({ id: 100001, first_name: '王大妈' });
    await villager.send('/start');
    expect(villager.lastText()).toContain('请选择语言');
    expect(villager.lastText()).toContain('Please choose a language');

    await villager.tap('lang:zh-CN');
    expect(villager.lastText()).toContain('请选择您所在的乡镇');

    await villager.tap('twp:T-WULAN');
    expect(villager.lastText()).toContain('请选择您所在的村');
    expect(villager.lastText()).toContain('乌兰镇');

    await villager.tap('vil:wl-hongqi');
    const done = villager.received().at(-1);
    expect(done?.payload.text).toContain('红旗村');
    expect(done?.payload.text).toContain('张建军');
    expect(done?.payload.reply_markup.keyboard.flat().map((b: { text: string }) => b.text)).toEqual(
      ['📋 办事咨询', '🛡️ 防骗查询', '📣 我要反映', '👤 我的'],
    );
    const stored = await getUser(app.store.db, 100001);
    expect(stored).toMatchObject({ language: 'zh-CN', villageCode: 'wl-hongqi', role: 'resident' });
  });

  it('preselects the village from a QR deep link, so only the language is asked', async () => {
    const villager = app.person({ id: 100002, first_name: 'Bataar', language_code: 'mn' });
    await villager.send('/start v_by-bayan');
    await villager.tap('lang:mn');
    const stored = await getUser(app.store.db, 100002);
    expect(stored).toMatchObject({ language: 'mn', villageCode: 'by-bayan' });
    expect(villager.lastText()).toContain('ᠪᠠᠶᠠᠨ');
  });

  it('says so when the QR code names a village that does not exist, and carries on', async () => {
    const villager = app.person({ id: 100003 });
    await villager.send('/start v_nowhere');
    expect(villager.texts().join('\n')).toContain('没有找到');
    expect(villager.lastText()).toContain('请选择语言');
  });

  it('finds a village by a typed name', async () => {
    const villager = app.person({ id: 100004 });
    await villager.send('/start');
    await villager.tap('lang:zh-CN');
    await villager.send('红旗');
    expect((await getUser(app.store.db, 100004))?.villageCode).toBe('wl-hongqi');
    await villager.send('/village');
    await villager.send('不存在的地方');
    expect(villager.lastText()).toContain('没有找到这个村名');
  });

  it('changes language and village later, and shows the officer card in each language', async () => {
    const villager = app.person({ id: 100005, first_name: 'Tom', language_code: 'en' });
    await villager.send('/start v_xm-taiping');
    await villager.tap('lang:en');
    await villager.send('/officer');
    expect(villager.lastText()).toContain('Zhao Hongmei');
    expect(villager.lastText()).toContain('13804790302');
    expect(villager.lastText()).toContain('Xinmin Police Station');
    expect(villager.lastText()).toMatch(/110[\s\S]*96110[\s\S]*122/);

    await villager.send('/language');
    await villager.tap('lang:zh-CN');
    await villager.send('/village');
    await villager.tap('twp:T-BAYAN');
    await villager.tap('vil:by-chagan');
    await villager.send('👤 我的');
    await villager.tap('me:officer');
    expect(villager.lastText()).toContain('其木格');
    expect(villager.lastText()).toContain('乌兰派出所');

    await villager.send('/language');
    await villager.tap('lang:mn');
    await villager.send('/officer');
    expect(villager.lastText()).toMatch(/[\u1800-\u18AF]/);
    expect(villager.lastText()).toContain('13804790202');
  });

  it('asks before moving a registered villager to the village on another poster', async () => {
    const villager = app.person({ id: 100006 });
    await villager.send('/start v_wl-hongqi');
    await villager.tap('lang:zh-CN');
    await villager.send('/start v_wl-qianjin');
    expect(villager.lastText()).toContain('要改成“前进村”吗');
    expect((await getUser(app.store.db, 100006))?.villageCode).toBe('wl-hongqi');
    await villager.tap('vil:wl-qianjin');
    expect((await getUser(app.store.db, 100006))?.villageCode).toBe('wl-qianjin');
  });
});
