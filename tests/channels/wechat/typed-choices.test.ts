/**
 * Choices by typed number, through the emulator and the real adapter: a follower types "1",
 * "２", "一" or "第三个" instead of tapping and gets what the tap gives; an expired offer or a
 * number beyond the list gets a kind reply saying what to type; a longer number keeps its own
 * meaning (the scam check of a phone number). Where the account may not send menu messages, the
 * choices come as numbered text.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/store.js';
import { typeAs, useWechatHarness, type WechatBody } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('choices by typed number on WeChat (%s)', (engine) => {
  const h = useWechatHarness(engine);

  const offered = async (openid: string) => {
    const row = await h.store.db
      .selectFrom('wechat_offered_choices')
      .selectAll()
      .where('openid', '=', openid)
      .executeTakeFirst();
    return row ? (JSON.parse(row.choices) as string[]) : null;
  };
  const last = (openid: string): WechatBody => h.wechat.received(openid).at(-1);
  const type = (openid: string, text: string) => typeAs(h, openid, text);

  it('typing 1, ２, 一 or 第三个 does what tapping the item does', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    expect(await offered('o_wang')).toEqual([
      'main:services',
      'main:scam',
      'main:officer',
      'main:report',
    ]);

    // "1" is 办事咨询: the categories, exactly as a tap on it gives them.
    const [categories] = await type('o_wang', '1');
    await h.wechat.choose('o_wang', 'main:services', '办事咨询');
    await h.settled();
    expect(categories.msgmenu).toEqual(last('o_wang').msgmenu);
    expect(categories.msgmenu.list[0].id).toMatch(/^cat:/);
    expect(await offered('o_wang')).toEqual(
      categories.msgmenu.list.map((i: { id: string }) => i.id),
    );

    // Full-width ２ picks the second category, whose topics are now the offer.
    const [topics] = await type('o_wang', '２');
    expect(topics.msgmenu.head_content).toContain(categories.msgmenu.list[1].content);
    expect((await offered('o_wang'))?.[0]).toMatch(/^topic:/);

    // 一 picks the first topic: its answer, with the details one "1" away.
    const [answer, more] = await type('o_wang', '一');
    expect(answer.text.content).toContain('带什么：');
    expect(await offered('o_wang')).toEqual([more.msgmenu.list[0].id]);
    const [details] = await type('o_wang', '1');
    expect(details.text.content).toContain('要带的材料');

    // Back at the main choices, 第三个 is the village officer.
    await h.wechat.text('o_wang', '你好');
    await h.settled();
    const [officer] = await type('o_wang', '第三个');
    expect(officer.text.content).toContain('张建军');
    expect(officer.text.content).toContain('13804790101');
  });

  it('a number beyond the list, or after the offer expired, is answered with what to type', async () => {
    await h.wechat.follow('o_li', { scene: 'wl-hongqi' });
    await h.settled();
    const [beyond] = await type('o_li', '7');
    expect(beyond.text.content).toBe('没有这个选项。请回复 1 到 4 之间的数字，或者直接打字提问。');
    // The offer stands: 2 still means 防骗查询.
    const [prompt] = await type('o_li', '2');
    expect(prompt.text.content).toContain('粘贴发给我');
    expect(
      await h.store.db
        .selectFrom('wechat_residents')
        .select('flow')
        .where('openid', '=', 'o_li')
        .executeTakeFirst(),
    ).toEqual({ flow: 'scam' });

    h.advance(31 * 60_000);
    const [stale, menu] = await type('o_li', '3');
    expect(stale.text.content).toContain('这个选项已经过期了');
    expect(menu.msgtype).toBe('msgmenu');
    // The fresh list is the offer now: 3 is the officer again.
    const [officer] = await type('o_li', '3');
    expect(officer.text.content).toContain('张建军');
  });

  it('a phone number keeps its meaning: in 防骗查询 it is checked, not taken as a choice', async () => {
    await h.wechat.follow('o_zhao', { scene: 'wl-hongqi' });
    await h.settled();
    await h.wechat.choose('o_zhao', 'main:scam', '防骗查询');
    await h.settled();
    const [verdict] = await type('o_zhao', '13800138000');
    expect(verdict.text.content).toMatch(/^[🔴🟠🟢]/u);
    expect(verdict.text.content).toContain('现在怎么办');
    // 0 is never a choice either: as before, a bare 0 gets the main choices.
    const [zero] = await type('o_zhao', '0');
    expect(zero.msgtype).toBe('msgmenu');
  });

  it('a follower with no offer remembered who types a number gets the main choices, as before', async () => {
    await h.wechat.follow('o_new');
    await h.settled();
    // The hourly prune forgot the offer (a day old).
    await h.store.db.deleteFrom('wechat_offered_choices').execute();
    const [menu] = await type('o_new', '1');
    expect(menu.msgtype).toBe('msgmenu');
    expect(menu.msgmenu.list.map((i: { id: string }) => i.id)).toContain('main:services');
  });

  it('where WeChat refuses menu messages (48001), the choices come as numbered text', async () => {
    h.wechat.state.menuMessages = false;
    await h.wechat.follow('o_sun', { scene: 'wl-hongqi' });
    await h.settled();
    const [welcome, choices] = h.wechat.texts('o_sun');
    expect(welcome).toContain('红旗村');
    expect(choices).toContain('1. 办事咨询\n2. 防骗查询\n3. 找驻村民警\n4. 我要反映');
    expect(choices).toContain('请回复数字 1–4 选择。');
    expect(h.wechat.state.calls.some((c) => c.errcode === 48001)).toBe(true);
    expect(await offered('o_sun')).toHaveLength(4);
    const [officer] = await type('o_sun', '3');
    expect(officer.text.content).toContain('张建军');
  });

  it('a 回访 question sent as a menu can be answered by number too', async () => {
    await h.wechat.follow('o_zhou', { scene: 'wl-hongqi' });
    await h.settled();
    await h.channel.customerService.send('o_zhou', [
      {
        type: 'menu',
        head: '您的反映已办结，满意吗？',
        items: [
          { id: 'fb:424242:yes', content: '😊 满意' },
          { id: 'fb:424242:no', content: '😞 不满意' },
        ],
        tail: '',
      },
    ]);
    // Not this follower's report: refused as a forged tap would be, and audited.
    const [answer] = await type('o_zhou', '2');
    expect(answer.text.content).not.toContain('没有这个选项');
    const audit = await h.store.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', '=', 'wechat.refused')
      .execute();
    expect(audit).toEqual([{ action: 'wechat.refused', subject: 'report:424242' }]);
  });
});
