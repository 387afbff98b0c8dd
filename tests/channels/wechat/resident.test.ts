/**
 * A resident on WeChat, through the emulator and the real adapter: follows by scanning the village
 * QR code, asks in colloquial Chinese, checks a scam text, and gets what was held for them.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/store.js';
import { useWechatHarness } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('a WeChat resident (%s)', (engine) => {
  const h = useWechatHarness(engine);

  const resident = (openid: string) =>
    h.store.db
      .selectFrom('wechat_residents')
      .selectAll()
      .where('openid', '=', openid)
      .executeTakeFirst();

  it('follows by scanning the village QR code and is welcomed with the village preset', async () => {
    const answer = await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    expect(answer).toMatchObject({ status: 200, body: 'success' });
    await h.settled();
    const [welcome, menu] = h.wechat.texts('o_wang');
    expect(welcome).toContain('红旗村');
    expect(welcome).toContain('张建军');
    expect(welcome).toContain('13804790101');
    expect(menu).toContain('[办事咨询]');
    expect(menu).toContain('[防骗查询]');
    expect(await resident('o_wang')).toMatchObject({ village_code: 'wl-hongqi', subscribed: 1 });
  });

  it('asks a service question in colloquial Chinese and gets the answer, details one tap away', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    await h.wechat.text('o_wang', '俺的身份证掉了咋整');
    await h.settled();
    // biome-ignore lint/suspicious/noExplicitAny: the bodies are JSON as WeChat received them.
    const [answer, more] = h.wechat.received('o_wang').slice(2) as [any, any];
    expect(answer.msgtype).toBe('text');
    expect(answer.text.content).toMatch(/身份证/);
    expect(answer.text.content).toContain('带什么：');
    expect(answer.text.content).not.toMatch(/<\/?[bi]>/);
    expect(Buffer.byteLength(answer.text.content)).toBeLessThanOrEqual(2048);
    expect(more.msgmenu.list).toEqual([{ id: 'full:idcard.lost', content: '查看详细说明' }]);

    await h.wechat.choose('o_wang', 'full:idcard.lost', '查看详细说明');
    await h.settled();
    const details = h.wechat.texts('o_wang').slice(4).join('\n');
    expect(details).toContain('要带的材料');
    expect(details).toContain('乌兰派出所');
  });

  it('forwards a scam text and reads a verdict with quoted flags and defanged links', async () => {
    await h.wechat.follow('o_li', { scene: 'wl-hongqi' });
    await h.settled();
    await h.wechat.text(
      'o_li',
      '我是县公安局民警，你涉嫌洗钱，马上把存款转到安全账户配合调查，点击 http://gov-check.top/case 查看通缉令',
    );
    await h.settled();
    const [verdict = '', choices] = h.wechat.texts('o_li').slice(-2);
    expect(verdict).toContain('高风险');
    // The verdict's choices (channel-neutral, as on the web) come as a menu message.
    expect(choices).toContain('[😟 我已经被骗了]');
    expect(choices).toContain('[🙋 没解决？问驻村民警]');
    expect(verdict).toMatch(/「[^」]+」/);
    expect(verdict).toContain('安全账户');
    expect(verdict).not.toContain('http://gov-check.top');
    expect(verdict).not.toContain('gov-check.top');
    expect(verdict).toContain('hxxp');
  });

  it('asks for the village officer and gets name, phone, station address and hours', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.wechat.click('o_wang', 'main:officer');
    await h.settled();
    const card = h.wechat.texts('o_wang').at(-1) ?? '';
    expect(card).toContain('张建军');
    expect(card).toContain('13804790101');
    expect(card).toContain('乌兰派出所');
    expect(card).toContain('办公时间');
  });

  it('keeps a message outside the 48-hour window and sends it with the next message', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.wechat.text('o_wang', '你好');
    await h.settled();
    const before = h.wechat.received('o_wang').length;
    h.advance(49 * 3600_000);
    const outcome = await h.channel.customerService.send('o_wang', [
      { type: 'text', text: '您反映的问题已受理（编号 R-1）。' },
    ]);
    expect(outcome).toBe('held');
    expect(h.wechat.received('o_wang')).toHaveLength(before);
    const held = await h.store.db.selectFrom('wechat_pending_messages').selectAll().execute();
    expect(held).toHaveLength(1);

    await h.wechat.text('o_wang', '身份证丢了怎么补办');
    await h.settled();
    const after = h.wechat.texts('o_wang').slice(before);
    expect(after[0]).toBe('您反映的问题已受理（编号 R-1）。');
    expect(after[1]).toContain('身份证');
    expect(await h.store.db.selectFrom('wechat_pending_messages').selectAll().execute()).toEqual(
      [],
    );
  });

  it('marks a resident inactive on unfollow, and on 43004', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.wechat.unfollow('o_wang');
    await h.settled();
    expect(await resident('o_wang')).toMatchObject({ subscribed: 0 });

    await h.wechat.follow('o_zhao');
    await h.settled();
    h.wechat.state.resident('o_zhao').following = false; // left while we were not told
    const outcome = await h.channel.customerService.send('o_zhao', [
      { type: 'text', text: '通知' },
    ]);
    expect(outcome).toBe('inactive');
    expect(await resident('o_zhao')).toMatchObject({ subscribed: 0 });
  });

  it('answers a voice message through its recognition, and switches language from the menu', async () => {
    await h.wechat.follow('o_bataar', { scene: 'by-bayan' });
    await h.wechat.voice('o_bataar', '俺的身份证掉了咋整');
    await h.settled();
    expect(h.wechat.texts('o_bataar').at(-2)).toContain('带什么：');

    await h.wechat.click('o_bataar', 'main:language');
    await h.settled();
    expect(h.wechat.texts('o_bataar').at(-1)).toContain('[English]');
    await h.wechat.choose('o_bataar', 'lang:en', 'English');
    await h.wechat.click('o_bataar', 'main:officer');
    await h.settled();
    const texts = h.wechat.texts('o_bataar');
    expect(texts.at(-2)).toBe('OK, I will write to you in English.');
    expect(texts.at(-1)).toContain('Your village officer: Bater');
    expect(await resident('o_bataar')).toMatchObject({ language: 'en' });
  });
});
