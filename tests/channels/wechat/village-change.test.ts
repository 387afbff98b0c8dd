/**
 * A follower whose village is known changes it by name: typing 换村 (or 更换村庄), or settings →
 * 更换村庄, asks for the name; one match moves them and welcomes them to the new village; several
 * are offered as choices; an unknown name says so and waits for another; a question ends the
 * change and is answered. The village-by-name matching is the one a new follower uses.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/store.js';
import {
  addSecondHongqi,
  typeAs,
  useWechatHarness,
  type WechatBody,
} from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('changing one’s village on WeChat (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang'] });

  const resident = async () =>
    h.store.db
      .selectFrom('wechat_residents')
      .select(['village_code', 'flow'])
      .where('openid', '=', 'o_wang')
      .executeTakeFirstOrThrow();
  const type = (text: string) => typeAs(h, 'o_wang', text);

  it('types 换村, then the new village, and is welcomed there', async () => {
    const [prompt] = await type('换村');
    expect(prompt.text.content).toBe(
      '您现在登记的村是 红旗村。请打出新的村名（比如“红旗村”，也可以写上乡镇，比如“乌兰镇红旗村”）。',
    );
    expect(await resident()).toEqual({ village_code: 'wl-hongqi', flow: 'village' });

    const [welcome, menu] = await type('永丰村');
    expect(welcome.text.content).toContain('永丰村');
    expect(welcome.text.content).toContain('王海涛');
    expect(menu.msgtype).toBe('msgmenu');
    expect(await resident()).toEqual({ village_code: 'wl-yongfeng', flow: null });

    // The change is over: a village's name is just text again.
    await type('前进村');
    expect((await resident()).village_code).toBe('wl-yongfeng');
  });

  it('settings → 更换村庄 asks for the name too', async () => {
    await h.wechat.click('o_wang', 'main:language');
    await h.settled();
    const settings = h.wechat.received('o_wang').at(-1) as WechatBody;
    expect(settings.msgmenu.list.at(-1)).toEqual({ id: 'main:village', content: '🏘️ 更换村庄' });
    await h.wechat.choose('o_wang', 'main:village', '🏘️ 更换村庄');
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toContain('请打出新的村名');
    await type('更换村庄');
    const [welcome] = await type('乌兰镇前进村');
    expect(welcome.text.content).toContain('前进村');
    expect((await resident()).village_code).toBe('wl-qianjin');
  });

  it('an unknown name says so and waits for another; a question ends the change', async () => {
    await type('更换村庄');
    const [notFound] = await type('幸福村');
    expect(notFound.text.content).toContain('没有找到这个村');
    expect(await resident()).toEqual({ village_code: 'wl-hongqi', flow: 'village' });
    const [welcome] = await type('新民村');
    expect(welcome.text.content).toContain('刘晓东');
    expect(await resident()).toEqual({ village_code: 'xm-xinmin', flow: null });

    await type('换个村');
    const [answer] = await type('身份证丢了咋补办');
    expect(answer.text.content).toContain('身份证');
    expect(await resident()).toEqual({ village_code: 'xm-xinmin', flow: null });
  });

  it('several matches are offered, and the one chosen is taken', async () => {
    await addSecondHongqi(h.store.db); // a second 红旗村, in 巴音苏木
    await type('我要换村');
    const [choices] = await type('红旗');
    expect(choices.msgmenu.list).toEqual([
      { id: 'village:by-hongqi', content: '红旗村（巴音苏木）' },
      { id: 'village:wl-hongqi', content: '红旗村（乌兰镇）' },
    ]);
    expect((await resident()).village_code).toBe('wl-hongqi');
    const [welcome] = await type('1');
    expect(welcome.text.content).toContain('巴特尔');
    expect(await resident()).toEqual({ village_code: 'by-hongqi', flow: null });
  });

  it('another choice ends a change waiting for the name', async () => {
    await type('换村');
    await h.wechat.choose('o_wang', 'main:services', '办事咨询');
    await h.settled();
    expect(await resident()).toEqual({ village_code: 'wl-hongqi', flow: null });
  });
});
