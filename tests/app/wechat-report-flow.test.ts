/**
 * A WeChat resident, end to end against the real app: follows the account by scanning the
 * village poster (a parametric QR code made by `cunjing wechat qr`), asks a service question,
 * checks a scam text, opens the report form from the custom menu (`cunjing wechat menu`) through
 * the emulated OAuth page, and files an anonymous report on the web chat. The station officer
 * triages it on Telegram; each status change reaches the resident in WeChat: as a
 * customer-service message inside the 48-hour window, as a template message after it. The clock
 * jumps past the window; nothing waits for real time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wechatCommand } from '../../src/cli/wechat.js';
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
  screen,
  startEmulatorApp,
  until,
  untilScreen,
} from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';
import { ENGINES, routeToGroups } from '../helpers/store.js';

const OFFICER = 200001;

const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
const OPENID = 'o_wang_dama_0001';
const TEMPLATE_ID = 'tmpl_report_status_01';

type Template = { touser: string; template_id: string; data: Record<string, { value: string }> };

describe.each(ENGINES)('a WeChat resident’s report, end to end, on %s', (engine) => {
  const clock = useClockFrom(COUNTY_MORNING);
  let run: EmulatorApp | undefined;
  let wechat: WechatEmulator | undefined;
  afterEach(async () => {
    await run?.stop();
    await wechat?.close();
  });

  it('follows by QR, asks, checks a scam, files anonymously from the menu, and hears each status change', async () => {
    wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
    const wx = wechat;
    const env = {
      WECHAT_APP_ID: ACCOUNT.appId,
      WECHAT_APP_SECRET: ACCOUNT.secret,
      WECHAT_TOKEN: ACCOUNT.token,
      WECHAT_AES_KEY: ACCOUNT.aesKey,
      WECHAT_API_ROOT: wx.apiRoot,
      WECHAT_NOTICE_TEMPLATE_ID: TEMPLATE_ID,
    };
    const port = await freePort();
    const web = `http://127.0.0.1:${port}`;
    run = await startEmulatorApp({
      engine,
      people: [{ id: OFFICER, first_name: '李警官' }],
      env: {
        ...env,
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: web,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'cunjing-data-')),
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

      // The station makes the menu and the village poster with the cunjing command.
      const cli = {
        out: () => {},
        err: () => {},
        env: { ...env, DATABASE_URL: app.databaseUrl, PUBLIC_URL: web },
      };
      expect(await wechatCommand(['menu'], cli)).toBe(0);
      const poster = join(mkdtempSync(join(tmpdir(), 'cunjing-qr-')), 'hongqi.png');
      expect(await wechatCommand(['qr', 'wl-hongqi', '--out', poster], cli)).toBe(0);
      const scenes = [...wx.state.qrTickets.values()];
      expect(scenes).toEqual(['wl-hongqi']);

      // Scanning the poster follows the account with the village preset.
      await wx.follow(OPENID, { scene: scenes[0] ?? '' });
      await wx.until(OPENID, 2);
      expect(wx.texts(OPENID)[0]).toContain('红旗村');

      // A service question: the answer itself, not a list of links.
      await wx.text(OPENID, '俺的身份证掉了咋整');
      await wx.until(OPENID, 3);
      expect(wx.texts(OPENID)[2]).toContain('带什么：');

      // A scam text: a warning.
      await wx.text(
        OPENID,
        '我是县公安局民警，你涉嫌洗钱，马上把存款转到安全账户配合调查，点击 http://gov-check.top/case',
      );
      await wx.state.until(() => wx.texts(OPENID).some((t) => t.includes('高风险')));
      const verdict = wx.texts(OPENID).find((t) => t.includes('高风险')) ?? '';
      expect(verdict).toContain('安全账户');
      expect(verdict).not.toContain('gov-check.top');

      // 我的 → 我要反映: our link, WeChat's snsapi_base page, back to the web chat, linked.
      type Button = { name: string; url?: string; sub_button?: Button[] };
      const buttons = (wx.state.menu as { button: Button[] }).button.flatMap(
        (b) => b.sub_button ?? [b],
      );
      const reportUrl = buttons.find((b) => b.name === '我要反映')?.url ?? '';
      expect(reportUrl).toBe(`${web}/wechat/oauth?page=report`);
      const start = await fetch(reportUrl, { redirect: 'manual' });
      const cookie = start.headers.get('set-cookie')?.split(';')[0] ?? '';
      const back = wx.authorize(OPENID, start.headers.get('location') ?? '');
      expect(back).not.toBeNull();
      const landed = await fetch(back ?? '', { redirect: 'manual', headers: { cookie } });
      expect(landed.headers.get('location')).toBe('/web/?open=report');
      const device = cookie.split('=')[1]?.split('.')[0] ?? '';
      const links = await store.db.selectFrom('wechat_web_links').selectAll().execute();
      expect(links).toMatchObject([{ openid: OPENID, device_id: device }]);

      // The form, on the same browser: the village came over from WeChat.
      const browser = new WebClient(web);
      browser.cookie = cookie;
      const session = await browser.open();
      expect(JSON.stringify(session.body)).toContain('wl-hongqi');
      const filed = await browser.post('/web/api/report', {
        category: 'vice',
        description: '村东头废弃的羊圈里晚上有人聚赌，车停一排。',
        place: { text: '村东头羊圈' },
        anonymous: true,
        submissionKey: 'wechat-e2e-0123456789',
      });
      expect(filed.status).toBe(200);
      const report = await store.db.selectFrom('reports').selectAll().executeTakeFirstOrThrow();
      expect(JSON.stringify(filed.body.message)).toContain(report.reference);
      expect(report).toMatchObject({ anonymous: 1, reporter_person_id: null });

      // The officer triages on Telegram.
      await untilScreen(emulator, STATION_GROUP, (m) => m.length > 0, 'the station card');
      expect(screen(emulator, STATION_GROUP).at(-1)?.text).toContain('聚赌');
      await say(app, OFFICER, '/start');
      const received = () => wx.received(OPENID).length;
      let before = received();
      await press(app, OFFICER, `tra:${report.id}`, STATION_GROUP);
      await wx.state.until(() => received() > before);
      const accepted = wx.received(OPENID).at(-1) as { msgtype: string; text: { content: string } };
      expect(accepted.msgtype).toBe('text');
      expect(accepted.text.content).toContain(report.reference);
      expect(accepted.text.content).toContain('已受理');

      before = received();
      await press(app, OFFICER, `trs:${report.id}:in_progress`, STATION_GROUP);
      await wx.state.until(() => received() > before);
      expect(wx.texts(OPENID).at(-1)).toContain('处理中');

      // Two days later the window is closed: a template message says the report is resolved.
      clock.advance(49 * 3600_000);
      before = received();
      await press(app, OFFICER, `trs:${report.id}:resolved`, STATION_GROUP);
      await wx.state.until(() => wx.state.templates.length > 0);
      const template = wx.state.templates[0] as Template;
      expect(template.touser).toBe(OPENID);
      expect(template.template_id).toBe(TEMPLATE_ID);
      const value = template.data.thing1?.value ?? '';
      expect([...value].length).toBeLessThanOrEqual(20);
      expect(value).toContain('已解决');
      expect(received()).toBe(before);

      // What is stored: the WeChat notices went out, each once.
      const wechatNotices = () =>
        store.db
          .selectFrom('notices')
          .select(['kind', 'status'])
          .where('channel', '=', 'wechat')
          .orderBy('id')
          .execute();
      await until(
        async () => (await wechatNotices()).every((n) => n.status === 'sent'),
        'the template notice recorded as sent',
      );
      expect(await wechatNotices()).toEqual([
        { kind: 'reporter-status', status: 'sent' },
        { kind: 'reporter-status', status: 'sent' },
        { kind: 'reporter-status', status: 'sent' },
      ]);

      // The anonymous reporter's WeChat identity is on no officer's screen.
      const officerScreens = [STATION_GROUP, COUNTY_GROUP, OFFICER]
        .flatMap((chat) => emulator.messages(chat))
        .map((m) => `${m.text ?? ''}${m.caption ?? ''}${JSON.stringify(m.reply_markup ?? {})}`)
        .join('\n');
      expect(officerScreens).toContain(report.reference);
      expect(officerScreens).not.toContain(OPENID);
      expect(officerScreens).not.toContain(device);
    } finally {
      await store.close();
    }
  }, 90_000);
});
