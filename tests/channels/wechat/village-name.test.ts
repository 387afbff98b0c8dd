/**
 * A follower who followed without a village QR scene types their village's name: one match sets
 * it and welcomes them like the scan; several (two 红旗村 in different townships) are offered as
 * choices, answered by tap or number; township and village together narrow it to one; a place we
 * do not know says how to find it. An offered village is taken only while the offer is fresh.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/store.js';
import { addSecondHongqi, typeAs, useWechatHarness } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('picking a village by name on WeChat (%s)', (engine) => {
  const h = useWechatHarness(engine);

  const villageOf = async (openid: string) =>
    (
      await h.store.db
        .selectFrom('wechat_residents')
        .select('village_code')
        .where('openid', '=', openid)
        .executeTakeFirst()
    )?.village_code;
  const type = (openid: string, text: string) => typeAs(h, openid, text);
  async function followWithoutScene(openid: string): Promise<string> {
    await h.wechat.follow(openid);
    await h.settled();
    return h.wechat.texts(openid)[0] ?? '';
  }

  it('types the village name and is welcomed as the scan would', async () => {
    const greeting = await followWithoutScene('o_wang');
    expect(greeting).toContain('打出您村的名字');
    expect(await villageOf('o_wang')).toBeNull();

    const [welcome, menu] = await type('o_wang', '红旗村');
    expect(welcome.text.content).toContain('红旗村');
    expect(welcome.text.content).toContain('张建军');
    expect(welcome.text.content).toContain('13804790101');
    expect(menu.msgmenu.list[0].id).toBe('main:services');
    expect(await villageOf('o_wang')).toBe('wl-hongqi');

    // Once the village is known, a village name is just text again: nothing moves.
    await type('o_wang', '前进村');
    expect(await villageOf('o_wang')).toBe('wl-hongqi');
  });

  it('township and village together pick the one meant', async () => {
    await addSecondHongqi(h.store.db);
    await followWithoutScene('o_li');
    const [welcome] = await type('o_li', '巴音苏木红旗村');
    expect(welcome.text.content).toContain('巴特尔');
    expect(await villageOf('o_li')).toBe('by-hongqi');
    // 乌兰镇红旗村 is not taken for 乌兰嘎查, whose name is in the township's.
    await followWithoutScene('o_zhou');
    await type('o_zhou', '乌兰镇红旗村');
    expect(await villageOf('o_zhou')).toBe('wl-hongqi');
  });

  it('several matches are offered as choices, answered by number', async () => {
    await addSecondHongqi(h.store.db);
    await followWithoutScene('o_zhao');
    const [choices] = await type('o_zhao', '红旗');
    expect(choices.msgmenu.list).toEqual([
      { id: 'village:by-hongqi', content: '红旗村（巴音苏木）' },
      { id: 'village:wl-hongqi', content: '红旗村（乌兰镇）' },
    ]);
    expect(choices.msgmenu.tail_content).toContain('回复数字');
    expect(await villageOf('o_zhao')).toBeNull();

    const [welcome] = await type('o_zhao', '2');
    expect(welcome.text.content).toContain('张建军');
    expect(await villageOf('o_zhao')).toBe('wl-hongqi');
  });

  it('a tap on an expired list, or a village never offered, moves nobody', async () => {
    await addSecondHongqi(h.store.db);
    await followWithoutScene('o_sun');
    await type('o_sun', '红旗');
    // A forged id for a village that was not in the list.
    await h.wechat.choose('o_sun', 'village:xm-xinmin', '新民村');
    await h.settled();
    expect(h.wechat.texts('o_sun').at(-1)).toContain('名单已经过期');
    expect(await villageOf('o_sun')).toBeNull();

    h.advance(31 * 60_000);
    await h.wechat.choose('o_sun', 'village:wl-hongqi', '红旗村（乌兰镇）');
    await h.settled();
    expect(h.wechat.texts('o_sun').at(-1)).toContain('名单已经过期');
    expect(await villageOf('o_sun')).toBeNull();

    // Typing the name again works.
    await type('o_sun', '乌兰镇红旗村');
    expect(await villageOf('o_sun')).toBe('wl-hongqi');
  });

  it('a village we do not know says how to find it; other text keeps its meaning', async () => {
    await followWithoutScene('o_qian');
    const [notFound] = await type('o_qian', '幸福村');
    expect(notFound.text.content).toContain('没有找到这个村');
    expect(notFound.text.content).toContain('二维码');
    expect(notFound.text.content).toContain('驻村民警');
    expect(await villageOf('o_qian')).toBeNull();

    const [menu] = await type('o_qian', '你好');
    expect(menu.msgtype).toBe('msgmenu');
    // A question that mentions a village is answered, not taken for a village we lack.
    const [question] = await type('o_qian', '村里的路灯坏了找谁');
    expect(JSON.stringify(question)).not.toContain('没有找到这个村');
    // One character names no village (旗 is in 红旗村's name).
    await type('o_qian', '旗');
    const [answer] = await type('o_qian', '身份证丢了咋补办');
    expect(answer.text.content).toContain('身份证');
    expect(await villageOf('o_qian')).toBeNull();
  });
});
