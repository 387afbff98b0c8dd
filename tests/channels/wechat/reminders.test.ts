/**
 * 提醒设置 in WeChat: a follower opens their reminder settings from the settings menu (or by
 * typing 提醒设置), turns topics on and off and picks quiet hours, as Telegram and web residents
 * do. The settings are kept by the follower's person, and the broadcasts an officer approves
 * reach followers by them: a topic turned off brings nothing, quiet hours hold everything but
 * urgent warnings until they end, each follower by their own.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import type { BroadcastKind } from '../../../src/domain/broadcasts/request.js';
import { wechatAddress } from '../../../src/domain/people/addresses.js';
import { personOf } from '../../../src/store/people.repository.js';
import { personSubscriptionTables } from '../../../src/store/person-subscriptions.repository.js';
import { ENGINES } from '../../helpers/store.js';
import { publishToHongqi, useWechatHarness } from '../../helpers/wechat-follower.js';

const t = createPlainTranslate(LOCALES_DIR);
type Menu = { msgtype: string; msgmenu: { list: Array<{ id: string; content: string }> } };

describe.each(ENGINES)('提醒设置 for WeChat followers (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang', 'o_li'], greet: true });

  const lastMenu = (openid = 'o_wang') =>
    (h.wechat.received(openid) as Menu[]).filter((b) => b.msgtype === 'msgmenu').at(-1)?.msgmenu
      .list ?? [];
  async function choose(id: string, openid = 'o_wang') {
    const item = lastMenu(openid).find((i) => i.id === id);
    if (!item) throw new Error(`${id} is not offered: ${JSON.stringify(lastMenu(openid))}`);
    await h.wechat.choose(openid, id, item.content);
    await h.settled();
  }
  const settingsOf = async (openid: string) => {
    const person = await personOf(h.store.db, wechatAddress(openid));
    return personSubscriptionTables(h.store.db)
      .selectFrom('person_subscriptions')
      .select(['antifraud', 'legal', 'traffic', 'urgent', 'quiet_start', 'quiet_end'])
      .where('person_id', '=', person ?? -1)
      .executeTakeFirst();
  };

  it('shows the settings from the settings menu and saves each change for the person', async () => {
    await h.wechat.click('o_wang', 'main:language');
    await h.settled();
    await choose('main:reminders');
    expect(h.wechat.texts('o_wang').at(-2)).toContain(t('zh-CN', 'web-reminders-title'));
    const topic = (name: string, on: boolean) =>
      t('zh-CN', 'web-reminders-topic', {
        mark: on ? '✅' : '⬜',
        topic: t('zh-CN', `reminders-topic-${name}`),
      });
    expect(lastMenu().map((i) => i.id)).toEqual([
      'remind:antifraud',
      'remind:legal',
      'remind:traffic',
      'remind:urgent',
      'quiet:0',
      'quiet:1',
      'quiet:2',
      'quiet:3',
    ]);
    expect(lastMenu()[1]?.content).toBe(topic('legal', true));
    expect(await settingsOf('o_wang')).toBeUndefined();

    await choose('remind:legal');
    expect(h.wechat.texts('o_wang').at(-3)).toBe(t('zh-CN', 'reminders-saved'));
    expect(lastMenu()[1]?.content).toBe(topic('legal', false));
    await choose('quiet:1');
    expect(lastMenu()[5]?.content).toBe(
      t('zh-CN', 'web-reminders-chosen', { preset: '🌙 22:00–06:00' }),
    );

    // Turning urgent warnings off asks once more.
    await choose('remind:urgent');
    expect(h.wechat.texts('o_wang').at(-2)).toBe(t('zh-CN', 'reminders-urgent-confirm'));
    expect(lastMenu().map((i) => i.id)).toEqual(['urgentoff', 'reminders']);
    await choose('reminders');
    expect((await settingsOf('o_wang'))?.urgent).toBe(1);
    await choose('remind:urgent');
    await choose('urgentoff');
    expect(h.wechat.texts('o_wang').at(-3)).toBe(t('zh-CN', 'reminders-urgent-now-off'));

    expect(await settingsOf('o_wang')).toEqual({
      antifraud: 1,
      legal: 0,
      traffic: 1,
      urgent: 0,
      quiet_start: '22:00',
      quiet_end: '06:00',
    });
    // o_li changed nothing: no row, the defaults.
    expect(await settingsOf('o_li')).toBeUndefined();

    // Typing 提醒设置 shows them again; a typed number chooses as a tap does.
    await h.wechat.text('o_wang', '提醒设置');
    await h.settled();
    expect(lastMenu()[3]?.content).toBe(topic('urgent', false));
    await h.wechat.text('o_wang', '4');
    await h.settled();
    expect((await settingsOf('o_wang'))?.urgent).toBe(1);
  });

  /** An approved broadcast of `kind` to 红旗村 at `at`: who it goes to, and when. */
  async function publish(kind: BroadcastKind, at: string) {
    h.clock.at = new Date(at);
    const request = await publishToHongqi(h, { kind, text: '通知' });
    const rows = await h.store.db
      .selectFrom('notices')
      .select(['recipient', 'next_attempt_at'])
      .where('idempotency_key', 'like', `broadcast:${request.id}:wechat:%`)
      .orderBy('recipient')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.recipient, r.next_attempt_at]));
  }

  it('broadcasts reach followers by their own topics and quiet hours', async () => {
    // o_wang: no legal awareness, quiet 22:00–06:00, no urgent warnings. o_li: the defaults.
    await h.wechat.text('o_wang', '提醒设置');
    await h.settled();
    await choose('remind:legal');
    await choose('quiet:1');
    await choose('remind:urgent');
    await choose('urgentoff');

    // 21:30 in the county (13:30Z): o_li's quiet hours (21:00–07:30) have begun, o_wang's not.
    expect(await publish('antifraud', '2026-12-03T13:30:00Z')).toEqual({
      o_li: '2026-12-03T23:30:00.000Z',
      o_wang: '2026-12-03T13:30:00.000Z',
    });
    // Legal awareness: o_wang turned it off.
    expect(await publish('legal', '2026-12-04T02:00:00Z')).toEqual({
      o_li: '2026-12-04T02:00:00.000Z',
    });
    // 06:30 (22:30Z the day before): o_wang's quiet hours are over, o_li's are not.
    expect(await publish('traffic', '2026-12-04T22:30:00Z')).toEqual({
      o_li: '2026-12-04T23:30:00.000Z',
      o_wang: '2026-12-04T22:30:00.000Z',
    });
    // An urgent warning ignores quiet hours, and reaches only whoever takes urgent warnings.
    expect(await publish('urgent', '2026-12-04T14:00:00Z')).toEqual({
      o_li: '2026-12-04T14:00:00.000Z',
    });
    // A general notice reaches everyone, after their quiet hours.
    expect(await publish('notice', '2026-12-04T14:30:00Z')).toEqual({
      o_li: '2026-12-04T23:30:00.000Z',
      o_wang: '2026-12-04T22:00:00.000Z',
    });
  });
});
