/**
 * Scheduled awareness tips (反诈 reminders) reach WeChat followers: a campaign run at an injected
 * minute queues one tip per follower whose settings take the topic, beside the web devices' (one
 * transaction); the real notice loop sends it through the emulator as a customer-service message
 * inside the 48-hour window, and past the window it waits for the follower's next message. Never
 * as a template message, even with one configured. Quiet hours hold a follower's tip until they
 * end; a follower who turned 反诈 off gets none; the same tick run twice sends once; a silent
 * follower holds one tip, not one a day; a web device linked to a follower is the same person and
 * gets no second copy. The clock is the harness's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import { wechatDeliverer } from '../../../src/channels/wechat/wechat-notices.js';
import { loadAwarenessLibrary } from '../../../src/domain/awareness/library.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { linkWechatDevice } from '../../../src/store/wechat.repository.js';
import { runCampaign } from '../../../src/workflows/awareness/run-campaign.js';
import { ENGINES } from '../../helpers/store.js';
import { deviceOf, WebClient } from '../web/web-client.js';
import { startWechatHarness, type WechatHarness } from './wechat-harness.js';

const t = createPlainTranslate(LOCALES_DIR);
const library = loadAwarenessLibrary(LOCALES_DIR);
const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '30 20 * * *' };
/** 18:00 in the county, two days and more after the harness's start (10:00 on 12-03). */
const EVENING = new Date('2026-12-05T10:00:00Z');
/** 20:30 in the county: outside the default quiet hours (21:00–07:30), inside 20:00–08:00. */
const TICK = new Date('2026-12-05T12:30:00Z');
/** 08:00 the morning after, when 20:00–08:00 ends. */
const MORNING = new Date('2026-12-06T00:00:00Z');
const FIRST = library.items('antifraud', 'zh-CN')[0];
const HEADER = t('zh-CN', 'awareness-antifraud-header', { title: FIRST?.title ?? '' });

type Menu = { msgtype: string; msgmenu: { list: Array<{ id: string; content: string }> } };

describe.each(ENGINES)('scheduled tips for WeChat followers (%s)', (engine) => {
  let h: WechatHarness;
  beforeEach(async () => {
    h = await startWechatHarness(engine);
  });
  afterEach(async () => {
    await h.close();
  });

  const deps = () => ({
    db: h.store.db,
    translate: createTranslate(LOCALES_DIR),
    library,
    timeZone: 'Asia/Shanghai',
    channels: new Set(['web', 'wechat']),
  });
  /** Runs the notice loop as the app does, with a template configured (tips must not use it). */
  const deliver = () =>
    createNoticeLoop({
      db: h.store.db,
      engine,
      workerId: 'test',
      deliverers: {
        wechat: wechatDeliverer({
          db: h.store.db,
          api: h.channel.api,
          customerService: h.channel.customerService,
          t,
          logger: { info: () => {} },
          template: { templateId: 'tpl_status_0001', field: 'thing1' },
          library,
          now: () => h.clock.at,
        }),
      },
      logger: { warn: () => {}, error: () => {} },
      now: () => h.clock.at,
    }).drain();
  const tips = () =>
    h.store.db
      .selectFrom('notices')
      .select(['channel', 'recipient', 'payload', 'status', 'next_attempt_at'])
      .where('kind', '=', 'tip')
      .orderBy('id')
      .execute();
  /** The tips a follower has read, by their header line. */
  const tipsOf = (openid: string) => h.wechat.texts(openid).filter((m) => m.startsWith('🛡️'));

  async function follower(openid: string, ...choices: string[]) {
    await h.wechat.follow(openid, { scene: 'wl-hongqi' });
    await h.wechat.text(openid, '你好');
    await h.settled();
    if (choices.length === 0) return;
    await h.wechat.text(openid, '提醒设置');
    await h.settled();
    for (const id of choices) {
      const menu = (h.wechat.received(openid) as Menu[]).filter((b) => b.msgtype === 'msgmenu');
      const item = menu.at(-1)?.msgmenu.list.find((i) => i.id === id);
      if (!item) throw new Error(`${id} is not offered to ${openid}`);
      await h.wechat.choose(openid, id, item.content);
      await h.settled();
    }
  }

  it('once per run inside the window, held through quiet hours, none when turned off, and waits past the window', async () => {
    // 许大爷 wrote two days ago and not since: past the 48-hour window by the tick.
    await follower('o_far');
    h.clock.at = EVENING;
    await follower('o_wang');
    await follower('o_off', 'remind:antifraud');
    await follower('o_night', 'quiet:2'); // 20:00–08:00
    h.clock.at = TICK;

    expect(await runCampaign(deps(), campaign, TICK, TICK)).toBe(3);
    const queued = await tips();
    expect(queued.map((n) => n.recipient).sort()).toEqual(['o_far', 'o_night', 'o_wang']);
    expect(queued.every((n) => n.channel === 'wechat')).toBe(true);
    expect(queued.every((n) => JSON.parse(n.payload).itemId === FIRST?.id)).toBe(true);
    const due = Object.fromEntries(queued.map((n) => [n.recipient, n.next_attempt_at]));
    expect(due.o_wang).toBe(TICK.toISOString());
    expect(due.o_night).toBe(MORNING.toISOString());

    // The same tick again (a restart's catch-up, another replica): nothing more.
    expect(await runCampaign(deps(), campaign, TICK, TICK)).toBe(0);
    expect(await tips()).toHaveLength(3);

    // Now: 王 reads it in WeChat; 许's waits; the night owl's is not due.
    expect(await deliver()).toBe(2);
    const [tip] = tipsOf('o_wang');
    expect(tip?.split('\n')[0]).toBe(HEADER);
    expect(tip).toContain(FIRST?.parts[0]?.text);
    expect(tip?.endsWith(t('zh-CN', 'wechat-tip-footer'))).toBe(true);
    expect(tipsOf('o_far')).toEqual([]);
    expect(tipsOf('o_night')).toEqual([]);
    expect(tipsOf('o_off')).toEqual([]);
    // A tip is not urgent: never a template message, though the account has one.
    expect(h.wechat.state.templates).toEqual([]);

    // 08:00: the night owl's comes, still inside their window.
    h.clock.at = MORNING;
    expect(await deliver()).toBe(1);
    expect(tipsOf('o_night').map((m) => m.split('\n')[0])).toEqual([HEADER]);

    // 许 writes again: the held tip comes with the answer, once.
    await h.wechat.text('o_far', '你好');
    await h.settled();
    expect(tipsOf('o_far').map((m) => m.split('\n')[0])).toEqual([HEADER]);

    // Nothing more for anyone: one tip each for the run, none for 反诈 turned off.
    expect(await deliver()).toBe(0);
    expect(tipsOf('o_wang')).toHaveLength(1);
    expect(tipsOf('o_off')).toEqual([]);
    expect((await tips()).every((n) => n.status === 'sent')).toBe(true);
  });

  it('the next run brings the next item, and a follower who left gets none', async () => {
    await follower('o_wang');
    await follower('o_left');
    await h.wechat.unfollow('o_left');
    await h.settled();
    h.clock.at = new Date('2026-12-03T04:00:00Z'); // 12:00 in the county
    expect(await runCampaign(deps(), campaign, h.clock.at, h.clock.at)).toBe(1);
    expect(await deliver()).toBe(1);
    h.advance(24 * 3600_000);
    await h.wechat.text('o_wang', '谢谢'); // still writing, so still inside the window
    await h.settled();
    expect(await runCampaign(deps(), campaign, h.clock.at, h.clock.at)).toBe(1);
    expect(await deliver()).toBe(1);
    const second = library.items('antifraud', 'zh-CN')[1];
    expect(tipsOf('o_wang').map((m) => m.split('\n')[0])).toEqual([
      HEADER,
      t('zh-CN', 'awareness-antifraud-header', { title: second?.title ?? '' }),
    ]);
    expect((await tips()).map((n) => n.recipient)).toEqual(['o_wang', 'o_wang']);
  });

  it('a silent follower past the window holds one tip, not one a day, and keeps their place', async () => {
    await follower('o_far');
    await follower('o_wang');
    const days = [0, 1, 2].map((d) => new Date(TICK.getTime() + d * 24 * 3600_000));
    for (const day of days) {
      h.clock.at = day;
      // 王 writes every day; 许 wrote only on the first (days before the tick).
      await h.wechat.text('o_wang', '你好');
      await h.settled();
      await runCampaign(deps(), campaign, day, day);
      await deliver();
    }
    // 王 read three tips, one a day; 许 has one waiting, and was skipped while it waited.
    expect(tipsOf('o_wang')).toHaveLength(3);
    expect((await tips()).filter((n) => n.recipient === 'o_far')).toHaveLength(1);

    await h.wechat.text('o_far', '你好');
    await h.settled();
    expect(tipsOf('o_far').map((m) => m.split('\n')[0])).toEqual([HEADER]);
    // Back inside the window: the next run brings the next item, not one missed meanwhile.
    const next = new Date(TICK.getTime() + 3 * 24 * 3600_000);
    h.clock.at = next;
    await runCampaign(deps(), campaign, next, next);
    await deliver();
    const second = library.items('antifraud', 'zh-CN')[1];
    expect(tipsOf('o_far').map((m) => m.split('\n')[0])).toEqual([
      HEADER,
      t('zh-CN', 'awareness-antifraud-header', { title: second?.title ?? '' }),
    ]);
  });

  it('a web device linked to a follower is one person: the follower takes the tip, once', async () => {
    await follower('o_wang');
    const linked = new WebClient(h.base);
    await linked.open('zh-CN');
    expect((await linked.post('/web/api/village', { code: 'wl-hongqi' })).status).toBe(200);
    await linkWechatDevice(h.store.db, deviceOf(linked), 'o_wang', h.clock.at);
    const webOnly = new WebClient(h.base);
    await webOnly.open('zh-CN');
    expect((await webOnly.post('/web/api/village', { code: 'wl-hongqi' })).status).toBe(200);

    h.clock.at = new Date('2026-12-03T04:00:00Z');
    expect(await runCampaign(deps(), campaign, h.clock.at, h.clock.at)).toBe(2);
    const queued = await tips();
    expect(queued.map((n) => `${n.channel}:${n.recipient}`).sort()).toEqual([
      `web:${deviceOf(webOnly)}`,
      'wechat:o_wang',
    ]);

    // Without WeChat delivered here, the linked device takes its person's copy instead.
    const tomorrow = new Date('2026-12-04T04:00:00Z');
    expect(
      await runCampaign({ ...deps(), channels: new Set(['web']) }, campaign, tomorrow, tomorrow),
    ).toBe(2);
    const next = (await tips()).slice(2);
    expect(next.map((n) => `${n.channel}:${n.recipient}`).sort()).toEqual(
      [`web:${deviceOf(linked)}`, `web:${deviceOf(webOnly)}`].sort(),
    );
  });
});
