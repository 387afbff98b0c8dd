/**
 * The SMS half of issue 13's first "done when" line, end to end against the real app: a WeChat
 * resident follows by scanning the village poster, opens the report form from the account's menu
 * (OAuth, so the web chat device is theirs), files an anonymous report, and gives a mobile
 * number in WeChat (短信通知, the code by SMS through Aliyun's real endpoint, answered by nock).
 * The officer triages on Telegram: the acceptance reaches the resident in WeChat, inside the
 * 48-hour window; two days later, with no template message configured, the resolution goes by
 * SMS (the report template) and nothing more is sent in WeChat. The clock jumps; nothing waits
 * for real time. The template half is `wechat-report-flow.test.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startWechatEmulator,
  type WechatEmulator,
} from '../../src/sandbox/wechat/wechat-emulator.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { WebClient } from '../channels/web/web-client.js';
import { ACCOUNT } from '../channels/wechat/wechat-harness.js';
import { COUNTY_MORNING, useClockFrom } from '../helpers/clock.js';
import {
  type EmulatorApp,
  press,
  say,
  startEmulatorApp,
  until,
  untilScreen,
} from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';
import { ENGINES, routeToGroups } from '../helpers/store.js';

const OFFICER = 200001;
const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
const OPENID = 'o_wang_dama_sms_0001';
const PHONE = '13800138000';

describe.each(ENGINES)(
  'a WeChat resident’s report news by SMS past the window, on %s',
  (engine) => {
    const clock = useClockFrom(COUNTY_MORNING);
    let run: EmulatorApp | undefined;
    let wechat: WechatEmulator | undefined;
    /** What went to Aliyun, in order. */
    const sms: URLSearchParams[] = [];
    beforeEach(() => {
      sms.length = 0;
      nock.disableNetConnect();
      nock.enableNetConnect(/127\.0\.0\.1|localhost/);
      nock('https://dysmsapi.aliyuncs.com')
        .persist()
        .post(/.*/)
        .reply((uri) => {
          sms.push(new URL(uri, 'https://x').searchParams);
          return [200, { Code: 'OK', BizId: `biz-${sms.length}`, RequestId: 'r' }];
        });
    });
    afterEach(async () => {
      await run?.stop();
      await wechat?.close();
      nock.cleanAll();
      nock.enableNetConnect();
    });

    it('hears the acceptance in WeChat, and the resolution by SMS two days later', async () => {
      wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
      const wx = wechat;
      const port = await freePort();
      const web = `http://127.0.0.1:${port}`;
      run = await startEmulatorApp({
        engine,
        people: [{ id: OFFICER, first_name: '李警官' }],
        env: {
          WECHAT_APP_ID: ACCOUNT.appId,
          WECHAT_APP_SECRET: ACCOUNT.secret,
          WECHAT_TOKEN: ACCOUNT.token,
          WECHAT_AES_KEY: ACCOUNT.aesKey,
          WECHAT_API_ROOT: wx.apiRoot,
          HTTP_PORT: String(port),
          HTTP_HOST: '127.0.0.1',
          PUBLIC_URL: web,
          DATA_DIR: mkdtempSync(join(tmpdir(), 'cunjing-data-')),
          SMS_PROVIDER: 'aliyun',
          SMS_KEY_ID: 'LTAI5tTestKeyId',
          SMS_KEY_SECRET: 'TestKeySecret123',
          SMS_SIGN_NAME: '乌兰县公安局',
          SMS_TEMPLATE_CODE: 'SMS_100',
          SMS_TEMPLATE_URGENT: 'SMS_200',
          SMS_TEMPLATE_REPORT: 'SMS_300',
        },
      });
      const app = run;
      const { emulator } = app;
      emulator.addGroup({ id: STATION_GROUP, title: '乌兰派出所', memberIds: [OFFICER] });
      emulator.addGroup({ id: COUNTY_GROUP, title: '旗指挥中心', memberIds: [OFFICER] });
      wx.setServerUrl(`${web}/wechat`);
      const store = openStore(app.databaseUrl);
      try {
        await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
        await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');

        // Scanning the village poster follows the account with the village preset.
        await wx.follow(OPENID, { scene: 'wl-hongqi' });
        await wx.until(OPENID, 2);
        expect(wx.texts(OPENID)[0]).toContain('红旗村');

        // 我的 → 我要反映 opens the web chat through OAuth: the device is the follower's.
        const start = await fetch(`${web}/wechat/oauth?page=report`, { redirect: 'manual' });
        const cookie = start.headers.get('set-cookie')?.split(';')[0] ?? '';
        const back = wx.authorize(OPENID, start.headers.get('location') ?? '');
        expect(back).not.toBeNull();
        await fetch(back ?? '', { redirect: 'manual', headers: { cookie } });
        const browser = new WebClient(web);
        browser.cookie = cookie;
        await browser.open();
        const filed = await browser.post('/web/api/report', {
          category: 'vice',
          description: '村东头废弃的羊圈里晚上有人聚赌，车停一排。',
          place: { text: '村东头羊圈' },
          anonymous: true,
          submissionKey: 'wechat-sms-e2e-0123456789',
        });
        expect(filed.status).toBe(200);
        const report = await store.db.selectFrom('reports').selectAll().executeTakeFirstOrThrow();
        expect(report).toMatchObject({ anonymous: 1, reporter_person_id: null });

        // 短信通知 in WeChat: the number, the code by SMS, the code back.
        const reply = async (text: string) => {
          const before = wx.received(OPENID).length;
          await wx.text(OPENID, text);
          await wx.state.until(() => wx.received(OPENID).length > before);
          return wx.texts(OPENID).slice(before);
        };
        await reply('短信通知');
        await reply(PHONE);
        await until(async () => sms.length > 0, 'the verification code by SMS');
        expect(sms[0]?.get('TemplateCode')).toBe('SMS_100');
        expect(sms[0]?.get('PhoneNumbers')).toBe(PHONE);
        const { code } = JSON.parse(sms[0]?.get('TemplateParam') ?? '{}');
        expect((await reply(String(code))).join('\n')).toContain('138****8000');

        // The officer accepts on Telegram: in WeChat, inside the window; no SMS for it.
        await untilScreen(emulator, STATION_GROUP, (m) => m.length > 0, 'the station card');
        await say(app, OFFICER, '/start');
        let before = wx.received(OPENID).length;
        await press(app, OFFICER, `tra:${report.id}`, STATION_GROUP);
        await wx.state.until(() => wx.received(OPENID).length > before);
        expect(wx.texts(OPENID).at(-1)).toContain(report.reference);
        expect(wx.texts(OPENID).at(-1)).toContain('已受理');

        // Two days later, no template message: the resolution goes by SMS, not into WeChat.
        clock.advance(49 * 3600_000);
        before = wx.received(OPENID).length;
        const smsBefore = sms.length;
        await press(app, OFFICER, `trs:${report.id}:resolved`, STATION_GROUP);
        await until(async () => sms.length > smsBefore, 'the resolution by SMS');
        const news = sms.at(-1);
        expect(news?.get('TemplateCode')).toBe('SMS_300');
        expect(news?.get('PhoneNumbers')).toBe(PHONE);
        expect(news?.get('TemplateParam')).toContain(report.reference);
        await until(
          async () =>
            (
              await store.db
                .selectFrom('notices')
                .select('status')
                .where('kind', '=', 'reporter-status')
                .execute()
            ).every((n) => n.status === 'sent'),
          'every status notice sent',
        );
        expect(wx.received(OPENID).length).toBe(before);
        expect(wx.state.templates).toEqual([]);
        // Each status once on the way it took: WeChat for the acceptance, SMS for the resolution.
        const copies = await store.db
          .selectFrom('notices')
          .select(['channel'])
          .where('kind', '=', 'reporter-status')
          .where('channel', 'in', ['wechat', 'sms'])
          .orderBy('id')
          .execute();
        expect(copies.map((c) => c.channel)).toEqual(['wechat', 'sms']);
      } finally {
        await store.close();
      }
    }, 120_000);
  },
);
