/**
 * The steps WeChat tests share on top of `startWechatHarness`: followers who have scanned
 * 红旗村's QR code, a follower typing and reading the answer, an approved broadcast for 红旗村,
 * and one pass of the real notice loop over the outbox, all on the harness's test clock.
 */
import { afterEach, beforeEach } from 'vitest';
import { LOCALES_DIR } from '../../src/app/content.js';
import { logSms } from '../../src/channels/sms/log-provider.js';
import type { SmsMessage } from '../../src/channels/sms/provider.js';
import { smsDeliverer } from '../../src/channels/sms/sms-notices.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';
import { createPlainTranslate } from '../../src/channels/wechat/texts.js';
import { type NoticeTemplate, wechatDeliverer } from '../../src/channels/wechat/wechat-notices.js';
import type { BroadcastKind } from '../../src/domain/broadcasts/request.js';
import type { NoticeChannel } from '../../src/domain/notices/notice.js';
import type { Deliverer } from '../../src/notices/deliverer.js';
import { createNoticeLoop } from '../../src/notices/delivery-loop.js';
import { createRequest } from '../../src/store/broadcast-requests.repository.js';
import type { Db, Engine } from '../../src/store/database.js';
import { importCountyData } from '../../src/store/places.repository.js';
import { publishToOtherChannels } from '../../src/workflows/broadcasts/publish-channels.js';
import {
  type HarnessOptions,
  startWechatHarness,
  type WechatHarness,
} from '../channels/wechat/wechat-harness.js';
import { exampleCounty } from './store.js';

const plain = createPlainTranslate(LOCALES_DIR);
const webTexts = createWebTranslate(LOCALES_DIR);

// biome-ignore lint/suspicious/noExplicitAny: the bodies are JSON as WeChat received them.
export type WechatBody = any;

export interface FollowerOptions extends HarnessOptions {
  /** Who has followed by scanning 红旗村's QR code before each test. */
  followers?: string[];
  /** Each follower then wrote "你好", so WeChat's 48-hour window is open for them. */
  greet?: boolean;
}

/**
 * Starts a harness before each test of the block (with its followers) and closes it after. The
 * handle it returns always stands for the current test's harness, so a test reads `h.wechat`,
 * `h.store`, `h.clock` as it would with a harness of its own.
 */
export function useWechatHarness(engine: Engine, options: FollowerOptions = {}): WechatHarness {
  const { followers = [], greet = false, ...harness } = options;
  let current: WechatHarness | undefined;
  beforeEach(async () => {
    current = await startWechatHarness(engine, harness);
    await follow(current, followers, { greet });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as WechatHarness, {
    get(_, key) {
      if (!current) throw new Error('The WeChat harness runs only inside a test of its block.');
      return Reflect.get(current, key);
    },
  });
}

/** The followers scan 红旗村's QR code (and say 你好 with `greet`); waits until all is handled. */
export async function follow(
  h: WechatHarness,
  openids: string[],
  options: { greet?: boolean } = {},
): Promise<void> {
  for (const openid of openids) {
    await h.wechat.follow(openid, { scene: 'wl-hongqi' });
    if (options.greet) await h.wechat.text(openid, '你好');
  }
  await h.settled();
}

/** The follower types `text`; returns everything WeChat received for them in answer. */
export async function typeAs(
  h: WechatHarness,
  openid: string,
  text: string,
): Promise<WechatBody[]> {
  const before = h.wechat.received(openid).length;
  await h.wechat.text(openid, text);
  await h.settled();
  return h.wechat.received(openid).slice(before);
}

/** An approved broadcast for 红旗村, published to the other channels at the harness's clock. */
export async function publishToHongqi(
  h: WechatHarness,
  broadcast: { kind: BroadcastKind; text: string; photoFileId?: string | null },
) {
  const request = await createRequest(h.store.db, {
    kind: broadcast.kind,
    texts: { 'zh-CN': broadcast.text },
    photoFileId: broadcast.photoFileId ?? null,
    target: { villages: ['wl-hongqi'] },
    notBefore: null,
    authorId: 1,
  });
  await publishToOtherChannels(
    h.store.db,
    request,
    { villages: ['wl-hongqi'] },
    { start: h.clock.at, now: h.clock.at, timeZone: 'Asia/Shanghai' },
  );
  return request;
}

export interface DeliverOptions {
  /** WeChat notices: delivered (the default), with this template past the 48-hour window. */
  wechat?: false | { template?: NoticeTemplate };
  /** SMS notices too: each message sent is pushed to `sent`, the provider's log lines to `logs`. */
  sms?: { sent: SmsMessage[]; logs?: string[] };
}

/** One pass of the real notice loop over the outbox, as the app runs it, on the test clock. */
export function deliverNotices(
  h: WechatHarness,
  engine: Engine,
  options: DeliverOptions = {},
): Promise<number> {
  const now = () => h.clock.at;
  const deliverers: Partial<Record<NoticeChannel, Deliverer>> = {};
  if (options.wechat !== false) {
    deliverers.wechat = wechatDeliverer({
      db: h.store.db,
      api: h.channel.api,
      customerService: h.channel.customerService,
      t: plain,
      logger: { info: () => {} },
      template: options.wechat?.template,
      now,
    });
  }
  const sms = options.sms;
  if (sms) {
    deliverers.sms = smsDeliverer({
      db: h.store.db,
      provider: logSms(
        { info: (msg, fields) => sms.logs?.push(`${msg} ${JSON.stringify(fields)}`) },
        (m) => sms.sent.push(m),
      ),
      signName: '乌兰县公安局',
      t: webTexts,
      publicUrl: 'https://cunjing.example.cn',
      limits: { perNumberPerHour: 5, perMinute: 60 },
      now,
    });
  }
  return createNoticeLoop({
    db: h.store.db,
    engine,
    workerId: 'test',
    deliverers,
    logger: { warn: () => {}, error: () => {} },
    now,
  }).drain();
}

/** A second 红旗村, in 巴音苏木: the same village name in two townships is common. */
export async function addSecondHongqi(db: Db): Promise<void> {
  const county = exampleCounty();
  const hongqi = county.villages.find((v) => v.code === 'wl-hongqi');
  if (!hongqi) throw new Error('the example county has no 红旗村');
  await importCountyData(db, {
    ...county,
    villages: [
      ...county.villages,
      {
        ...hongqi,
        code: 'by-hongqi',
        townshipCode: 'T-BAYAN',
        officer: { ...hongqi.officer, name: { 'zh-CN': '巴特尔' }, phone: '13804790201' },
      },
    ],
  });
}
