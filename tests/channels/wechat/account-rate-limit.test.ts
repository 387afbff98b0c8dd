/**
 * The account-wide limit on customer-service sends (45009 past it, as WeChat answers): the
 * emulator enforces it as a strict sliding window, and an urgent warning to 60 followers of a
 * village goes out within it, each follower getting it exactly once. When the emulator's limit
 * is lower than the adapter's pace, the refused sends are put off (never failed, never lost) and
 * the pacer backs off until everyone has it.
 *
 * Time is virtual: the emulator, the store's timestamps and the adapter's pacer all read one
 * clock that moves only to the pacer's next timer, or when the test moves it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createWebChannel, type WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWechatChannel, type WechatChannel } from '../../../src/channels/wechat/channel.js';
import { wechatMount } from '../../../src/channels/wechat/routes.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import { createWebLink } from '../../../src/channels/wechat/web-link.js';
import { wechatDeliverer } from '../../../src/channels/wechat/wechat-notices.js';
import { loadServiceCatalog } from '../../../src/domain/services/catalog.js';
import { createLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import {
  startWechatEmulator,
  type WechatEmulator,
} from '../../../src/sandbox/wechat/wechat-emulator.js';
import type { SendLimit } from '../../../src/sandbox/wechat/wechat-state.js';
import { createRequest } from '../../../src/store/broadcast-requests.repository.js';
import type { Engine } from '../../../src/store/database.js';
import { publishToOtherChannels } from '../../../src/workflows/broadcasts/publish-channels.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { ACCOUNT } from './wechat-harness.js';

const t = createPlainTranslate(LOCALES_DIR);
const catalog = loadServiceCatalog(LOCALES_DIR);
const WARNING = '有人冒充医保局打电话要验证码，马上挂断！';
const FOLLOWERS = Array.from({ length: 60 }, (_, i) => `o_rate_${String(i).padStart(2, '0')}`);

/** One clock for everything, moved only to the next timer (the pacer's) or by the test. */
class TestClock {
  at = new Date('2026-12-03T02:00:00Z').getTime();
  private timers: Array<{ at: number; fire: () => void }> = [];
  readonly now = () => this.at;
  readonly date = () => new Date(this.at);
  readonly setTimer = (fire: () => void, ms: number) => {
    const timer = { at: this.at + Math.max(0, ms), fire };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((x) => x !== timer);
    };
  };

  /**
   * Resolves with `work` once it settles, firing the earliest timer (and moving time to it)
   * whenever one is waiting. Event-loop turns, not time, pass between looks.
   */
  async drive<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => {
      settled = true;
    });
    watched.catch(() => {});
    for (let turns = 0; !settled; turns++) {
      if (turns > 2_000_000) throw new Error('the work never settled');
      await new Promise((resolve) => setImmediate(resolve));
      if (settled || this.timers.length === 0) continue;
      const next = this.timers.reduce((a, b) => (b.at < a.at ? b : a));
      this.timers = this.timers.filter((x) => x !== next);
      this.at = Math.max(this.at, next.at);
      next.fire();
    }
    return watched;
  }
}

interface Setup {
  clock: TestClock;
  store: TestStore;
  wechat: WechatEmulator;
  channel: WechatChannel;
  web: WebChannel;
}

async function start(engine: Engine, limit: SendLimit, pace: SendLimit): Promise<Setup> {
  const clock = new TestClock();
  const store = await createTestStore(engine);
  const logger = createLogger('error', () => {});
  const wechat = await startWechatEmulator({
    ...ACCOUNT,
    now: clock.date,
    retryDelayMs: 0,
    sendLimit: limit,
  });
  const settings = { ...ACCOUNT, apiRoot: wechat.apiRoot };
  const channel = createWechatChannel({
    settings,
    db: store.db,
    logger,
    catalog,
    t,
    now: clock.date,
    sendPacing: { ...pace, now: clock.now, setTimer: clock.setTimer },
  });
  const webLink = createWebLink({ settings, db: store.db, logger, t, now: clock.date });
  const web = await createWebChannel({
    db: store.db,
    catalog,
    localesDir: LOCALES_DIR,
    logger,
    publicUrl: '',
    mounts: [wechatMount(channel.webhook, webLink)],
  });
  wechat.setServerUrl(`http://127.0.0.1:${await web.listen(0, '127.0.0.1')}/wechat`);
  return { clock, store, wechat, channel, web };
}

/** Every follower follows 红旗村's poster and says hello (opening the 48-hour window). */
async function follow(s: Setup): Promise<void> {
  for (const openid of FOLLOWERS) {
    await s.wechat.follow(openid, { scene: 'wl-hongqi' });
    await s.clock.drive(s.channel.webhook.settled());
    await s.wechat.text(openid, '你好');
    await s.clock.drive(s.channel.webhook.settled());
  }
}

/**
 * Publishes an urgent warning to 红旗村 and runs the notice loop until no notice is pending,
 * moving the clock a second between passes (for notices put off by the rate limit).
 */
async function warn(s: Setup, engine: Engine): Promise<number> {
  const request = await createRequest(s.store.db, {
    kind: 'urgent',
    texts: { 'zh-CN': WARNING },
    photoFileId: null,
    target: { villages: ['wl-hongqi'] },
    notBefore: null,
    authorId: 1,
  });
  const at = s.clock.date();
  await publishToOtherChannels(
    s.store.db,
    request,
    { villages: ['wl-hongqi'] },
    { start: at, now: at, timeZone: 'Asia/Shanghai' },
  );
  const loop = createNoticeLoop({
    db: s.store.db,
    engine,
    workerId: 'test',
    deliverers: {
      wechat: wechatDeliverer({
        db: s.store.db,
        api: s.channel.api,
        customerService: s.channel.customerService,
        t,
        logger: { info: () => {} },
        now: s.clock.date,
      }),
    },
    logger: { warn: () => {}, error: () => {} },
    now: s.clock.date,
  });
  let passes = 0;
  for (; passes < 100; passes++) {
    await s.clock.drive(loop.drain());
    const pending = await s.store.db
      .selectFrom('notices')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    if (pending.length === 0) break;
    s.clock.at += 1000;
  }
  return passes;
}

const copies = (s: Setup, openid: string) =>
  s.wechat.texts(openid).filter((text) => text.includes(WARNING)).length;

const noticeStatuses = (s: Setup) =>
  s.store.db
    .selectFrom('notices')
    .select(['status'])
    .where('kind', '=', 'broadcast')
    .where('channel', '=', 'wechat')
    .execute()
    .then((rows) => rows.map((r) => r.status));

describe.each(ENGINES)('the account-wide rate limit on customer-service sends (%s)', (engine) => {
  let s: Setup | undefined;
  afterEach(async () => {
    if (!s) return;
    await s.web.close();
    await s.channel.webhook.settled();
    await s.wechat.close();
    await s.store.cleanup();
    s = undefined;
  });

  it('the emulator answers 45009 past its window, and admits calls again once it slides', async () => {
    const clock = new TestClock();
    const wechat = await startWechatEmulator({
      ...ACCOUNT,
      now: clock.date,
      sendLimit: { limit: 3, windowMs: 1000 },
    });
    try {
      const token = wechat.state.issueToken(false).value;
      wechat.state.resident('o_a').following = true;
      wechat.state.interacted('o_a', { windowMs: 48 * 3600_000, quota: 100 });
      const send = async () => {
        const res = await fetch(
          `${wechat.apiRoot}/cgi-bin/message/custom/send?access_token=${token}`,
          {
            method: 'POST',
            body: JSON.stringify({ touser: 'o_a', msgtype: 'text', text: { content: '你好' } }),
          },
        );
        return (await res.json()) as { errcode: number; errmsg: string };
      };
      for (let i = 0; i < 3; i++) {
        expect(await send()).toEqual({ errcode: 0, errmsg: 'ok' });
        clock.at += 100;
      }
      // Three within the last second (at 0, 100 and 200 ms): the fourth is refused.
      expect(await send()).toEqual({ errcode: 45009, errmsg: 'reach max api daily quota limit' });
      // At 1000 ms the first call (at 0) has left the window; the second (100) has not.
      clock.at += 700;
      expect((await send()).errcode).toBe(0);
      expect((await send()).errcode).toBe(45009);
      expect(wechat.sendCounts()).toEqual({ admitted: 4, limited: 2, peak: 3 });
      expect(wechat.received('o_a')).toHaveLength(4);
    } finally {
      await wechat.close();
    }
  });

  it('a warning to 60 followers, paced at the limit: each gets it once and WeChat never says 45009', async () => {
    s = await start(engine, { limit: 20, windowMs: 1000 }, { limit: 20, windowMs: 1000 });
    await follow(s);
    const before = s.clock.at;
    await warn(s, engine);
    for (const openid of FOLLOWERS) expect(copies(s, openid), openid).toBe(1);
    expect(await noticeStatuses(s)).toEqual(FOLLOWERS.map(() => 'sent'));
    const counts = s.wechat.sendCounts();
    expect(counts.limited).toBe(0);
    expect(counts.peak).toBe(20);
    // 60 sends at 20 a second: the last 20 go once two windows have passed, not sooner.
    expect(s.clock.at - before).toBeGreaterThanOrEqual(2000);
    expect(s.clock.at - before).toBeLessThan(4000);
  });

  it('when the limit is below the adapter’s pace, refused sends wait and every follower still gets one copy', async () => {
    s = await start(engine, { limit: 20, windowMs: 1000 }, { limit: 20, windowMs: 1000 });
    await follow(s);
    // WeChat now allows 7 a second; the adapter still thinks 20.
    s.wechat.state.sendLimit = { limit: 7, windowMs: 1000 };
    const before = s.wechat.sendCounts();
    await warn(s, engine);
    for (const openid of FOLLOWERS) expect(copies(s, openid), openid).toBe(1);
    expect(await noticeStatuses(s)).toEqual(FOLLOWERS.map(() => 'sent'));
    const after = s.wechat.sendCounts();
    expect(after.limited).toBeGreaterThan(0);
    expect(after.admitted - before.admitted).toBe(FOLLOWERS.length);
    // The pacer backed off: far fewer refusals than follower count.
    expect(after.limited).toBeLessThan(FOLLOWERS.length / 2);
    const failed = await s.store.db
      .selectFrom('notices')
      .select('id')
      .where('status', 'in', ['failed', 'blocked'])
      .execute();
    expect(failed).toEqual([]);
  });
});
