/**
 * An urgent warning to one township, approved on Telegram, reaches every resident there on the
 * channel they use (Telegram, the web chat, WeChat, SMS) exactly once, and nobody outside it.
 * The author gets one report, after the last channel is done, with each channel's figures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startWechatEmulator,
  type WechatEmulator,
} from '../../src/sandbox/wechat/wechat-emulator.js';
import { openStore } from '../../src/store/database.js';
import { saveSmsAddress } from '../../src/store/sms-addresses.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { WebClient } from '../channels/web/web-client.js';
import { ACCOUNT } from '../channels/wechat/wechat-harness.js';
import { COUNTY_MORNING, useClockFrom } from '../helpers/clock.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
  startEmulatorApp,
  untilScreen,
} from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';
import { ENGINES } from '../helpers/store.js';

const ADMIN = 900001;
const OFFICER = 200001;
/** Telegram villagers: two in 乌兰 township (T-WULAN), one in 巴彦 (outside the target). */
const TELEGRAM = [
  [100001, 'wl-hongqi'],
  [100002, 'wl-qianjin'],
  [100003, 'by-bayan'],
] as const;
/** WeChat followers, by the village poster they scanned. */
const WECHAT = [
  ['o_in_hongqi', 'wl-hongqi'],
  ['o_in_yongfeng', 'wl-yongfeng'],
  ['o_out_bayan', 'by-bayan'],
] as const;
/** SMS-only residents, as `cunjing sms import` registers them (the logging provider sends). */
const SMS = [
  ['13800138001', 'wl-hongqi'],
  ['13800138002', 'by-bayan'],
] as const;
const WARNING = '今天有人冒充医保局打电话要验证码，马上挂断！';

const occurrences = (texts: string[]) => texts.filter((t) => t.includes(WARNING)).length;

describe.each(ENGINES)('an urgent warning to a township on every channel, on %s', (engine) => {
  useClockFrom(COUNTY_MORNING);
  let run: EmulatorApp | undefined;
  let wechat: WechatEmulator | undefined;
  afterEach(async () => {
    await run?.stop();
    await wechat?.close();
  });

  it('reaches Telegram, web, WeChat and SMS residents once each, and the report counts each channel', async () => {
    wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
    const wx = wechat;
    const port = await freePort();
    const web = `http://127.0.0.1:${port}`;
    run = await startEmulatorApp({
      engine,
      people: [
        ...TELEGRAM.map(([id]) => ({ id, first_name: `村民${id}` })),
        { id: OFFICER, first_name: '李警官' },
        { id: ADMIN, first_name: '赵所长' },
      ],
      adminIds: [ADMIN],
      limits: true,
      env: {
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: web,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'cunjing-data-')),
        WECHAT_APP_ID: ACCOUNT.appId,
        WECHAT_APP_SECRET: ACCOUNT.secret,
        WECHAT_TOKEN: ACCOUNT.token,
        WECHAT_API_ROOT: wx.apiRoot,
        SMS_PROVIDER: 'log',
      },
    });
    const app = run;
    const { emulator } = app;
    wx.setServerUrl(`${web}/wechat`);
    const store = openStore(app.databaseUrl);
    try {
      for (const [id, village] of TELEGRAM) {
        await say(app, id, `/start v_${village}`);
        await press(app, id, 'lang:zh-CN');
      }
      const inside = new WebClient(web);
      const outside = new WebClient(web);
      for (const [client, village] of [
        [inside, 'wl-ulaan'],
        [outside, 'by-arshan'],
      ] as const) {
        await client.open();
        expect((await client.post('/web/api/village', { code: village })).status).toBe(200);
      }
      for (const [openid, village] of WECHAT) {
        await wx.follow(openid, { scene: village });
        await wx.until(openid, 2);
        // A question opens the 48-hour window, as most followers' first message does.
        await wx.text(openid, '你好');
      }
      for (const [openid] of WECHAT) await wx.until(openid, 3);
      for (const [phone, village] of SMS)
        await saveSmsAddress(
          store.db,
          {
            phone,
            villageCode: village,
            language: 'zh-CN',
            consent: 'import: test',
            deviceId: null,
            urgent: true,
            reportNews: false,
            verifiedAt: new Date(),
          },
          new Date(),
        );
      await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');

      // The officer writes an urgent warning for 乌兰 township; the admin approves it.
      await say(app, OFFICER, '/broadcast');
      await press(app, OFFICER, 'bck:urgent');
      await say(app, OFFICER, WARNING);
      await press(app, OFFICER, 'bcl:done');
      await press(app, OFFICER, 'bcn');
      await press(app, OFFICER, 'bcg:townships');
      await press(app, OFFICER, 'bcp:T-WULAN');
      await press(app, OFFICER, 'bcg:done');
      await press(app, OFFICER, 'bcw:now');
      await press(app, OFFICER, 'bcs:submit');
      await untilScreen(
        emulator,
        ADMIN,
        (m) => m.some((x) => JSON.stringify(x.reply_markup ?? {}).includes('brv:1:approve')),
        'the review request',
      );
      const approvedAt = emulator.calls.length;
      await press(app, ADMIN, 'brv:1:approve');

      // One report, when the last channel is done.
      await untilScreen(
        emulator,
        OFFICER,
        (m) => m.some((x) => x.text?.includes('发送完成')),
        'the delivery report',
      );
      // The approval notice and the report travel separately (notice outbox, broadcast engine),
      // so either may arrive last: wait for both, then read the report itself.
      await untilScreen(
        emulator,
        OFFICER,
        (m) => m.some((x) => x.text?.includes('已由 赵所长 批准')),
        'the approval notice',
      );
      const reports = screen(emulator, OFFICER)
        .map((m) => m.text ?? '')
        .filter((text) => text.includes('发送完成'));
      expect(reports).toHaveLength(1);
      const report = reports[0] ?? '';
      expect(report).toMatch(/送达 6，已停用 0，失败 0/);
      expect(report).toContain('Telegram：送达 2，已停用 0，失败 0');
      expect(report).toContain('网页版：送达 1，已停用 0，失败 0');
      expect(report).toContain('微信：送达 2，已停用 0，失败 0');
      expect(report).toContain('短信：送达 1，已停用 0，失败 0');
      expect(report).not.toContain('待发');

      // Exactly once each inside the township, never outside, on every channel.
      const telegramTexts = (id: number) => screen(emulator, id).map((m) => m.text ?? '');
      expect(TELEGRAM.map(([id]) => occurrences(telegramTexts(id)))).toEqual([1, 1, 0]);
      expect(WECHAT.map(([openid]) => occurrences(wx.texts(openid)))).toEqual([1, 1, 0]);
      const inboxTexts = async (client: WebClient) =>
        ((await client.get('/web/api/inbox')).body.inbox as unknown[]).map((m) =>
          JSON.stringify(m),
        );
      expect(occurrences(await inboxTexts(inside))).toBe(1);
      expect(occurrences(await inboxTexts(outside))).toBe(0);

      // Within the limits (the emulator enforces Telegram's): no send to a resident was refused,
      // on either platform. (The officer's quick conversation may meet a 429; grammY retries it.)
      const residents = new Set<number>(TELEGRAM.map(([id]) => id));
      const deliveries = emulator.calls
        .slice(approvedAt)
        .filter((c) => residents.has(Number(c.chatId)));
      expect(deliveries.filter((c) => !c.ok)).toEqual([]);
      expect(wx.state.calls.filter((c) => c.errcode !== 0)).toEqual([]);

      // What is stored: one notice per web device and WeChat follower, all sent; one report.
      const notices = await store.db
        .selectFrom('notices')
        .select(['channel', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('kind', '=', 'broadcast')
        .groupBy(['channel', 'status'])
        .orderBy('channel')
        .execute();
      expect(notices.map((n) => ({ ...n, n: Number(n.n) }))).toEqual([
        { channel: 'sms', status: 'sent', n: 1 },
        { channel: 'web', status: 'sent', n: 1 },
        { channel: 'wechat', status: 'sent', n: 2 },
      ]);
      // One SMS, to the number inside the township.
      const texts = await store.db
        .withTables<{ sms_messages: { phone: string | null } }>()
        .selectFrom('sms_messages')
        .select('phone')
        .execute();
      expect(texts.map((m) => m.phone)).toEqual([SMS[0][0]]);
      await say(app, OFFICER, '/broadcast_status 1');
      expect(lastBotText(emulator, OFFICER)).toContain('微信：送达 2');
    } finally {
      await store.close();
    }
  }, 90_000);
});
