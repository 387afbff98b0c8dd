import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ESCALATE_AFTER_MS } from '../../src/domain/reports/status.js';
import { pointBalance } from '../../src/store/points.repository.js';
import { getReport } from '../../src/store/reports.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { queueDailyDigest } from '../../src/workflows/reports/daily-digest.js';
import { escalateReports } from '../../src/workflows/reports/escalate-reports.js';
import { purgeOldPersonalData } from '../../src/workflows/reports/retention.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { createSampleReport, type SampleOver, sampleReport } from '../helpers/sample-report.js';
import { routeToGroups, telegramPerson } from '../helpers/store.js';

const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
const OFFICER = 200001;

/** A red theft clue from 红旗村, as the officer tests start from. */
const draft = (over: SampleOver = {}) =>
  sampleReport({
    kind: 'clue',
    category: 'theft',
    colour: 'red',
    description: '夜里有人来问羊的价钱，第二天羊丢了',
    ...over,
  });

describe('officer queries, points and scheduled report work', () => {
  // Ages and deadlines below are counted from one fixed instant, not from the hour of the run.
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await routeToGroups(app.store.db, STATION_GROUP, COUNTY_GROUP);
    await grantOfficer(app.store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
  });
  afterEach(() => app.stop());

  it('lists reports in the officer’s scope only, with filters', async () => {
    await createSampleReport(app.store.db, draft(), 'Asia/Shanghai');
    await createSampleReport(app.store.db, draft({ colour: 'green' }), 'Asia/Shanghai');
    await createSampleReport(
      app.store.db,
      draft({ villageCode: 'xm-henan', townshipCode: 'T-XINMIN', stationCode: 'ST-XINMIN' }),
      'Asia/Shanghai',
    );
    const officer = app.person({ id: OFFICER });
    await officer.send('/reports');
    const list = JSON.stringify(officer.lastMessage()?.payload.reply_markup);
    expect(list).toContain('rpo:1');
    expect(list).toContain('rpo:2');
    expect(list).not.toContain('rpo:3');
    await officer.tap('rpl:red:0:-');
    const red = JSON.stringify(officer.lastMessage()?.payload.reply_markup);
    expect(red).toContain('rpo:1');
    expect(red).not.toContain('rpo:2');
    await officer.tap('rpl:closed:0:-');
    expect(officer.lastText()).toContain('没有符合条件');
    await officer.tap('rpl:new:0:-');
    expect(JSON.stringify(officer.lastMessage()?.payload.reply_markup)).toContain('rpo:2');
    await officer.forge('rpo:3');
    expect(app.telegram.calls.at(-1)?.payload).toMatchObject({ show_alert: true });
    const resident = app.person({ id: 100001 });
    await resident.send('/reports');
    expect(resident.lastText()).toContain('只供民警');
  });

  it('sends statistics as a chart image and as text', async () => {
    await createSampleReport(app.store.db, draft(), 'Asia/Shanghai');
    await createSampleReport(
      app.store.db,
      draft({ category: 'land', kind: 'dispute', colour: 'yellow' }),
      'Asia/Shanghai',
    );
    const officer = app.person({ id: OFFICER });
    await officer.send('/stats');
    const photo = app.telegram.calls.find((c) => c.method === 'sendPhoto');
    expect(photo).toBeDefined();
    expect(officer.lastText()).toContain('共 2 条');
    expect(officer.lastText()).toContain('盗窃');
    expect(officer.lastText()).toContain('红旗村');
  });

  it('lets residents see points and officers record redemptions that never overdraw', async () => {
    const { report } = await createSampleReport(
      app.store.db,
      draft({ anonymous: true }),
      'Asia/Shanghai',
    );
    const officer = app.person({ id: OFFICER });
    await app.handle({
      callback_query: {
        id: 'x1',
        from: officer.user,
        chat_instance: 'c',
        data: `trp:${report.id}:20:clue`,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: STATION_GROUP, type: 'supergroup', title: 'g' },
          text: '…',
        },
      } as never,
    });
    expect(await pointBalance(app.store.db, await telegramPerson(app.store.db, 100001))).toBe(20);
    const resident = app.person({ id: 100001 });
    await resident.send('/start v_wl-hongqi');
    await resident.tap('lang:zh-CN');
    await resident.send('👤 我的');
    await resident.tap('me:points');
    expect(resident.lastText()).toContain('20');
    // The same lines as the web chat's 我的积分: the reason in the resident's words, how to use.
    expect(resident.lastText()).toContain(`+20  有用线索 ${report.reference}`);
    expect(resident.lastText()).toContain('爱心超市点“🧾 生成兑换码”');
    await resident.tap('ptc');
    const code = /<b>(\d{6})<\/b>/.exec(resident.lastText())?.[1];
    await officer.send(`/redeem ${code} 50 一袋面粉`);
    expect(officer.lastText()).toContain('积分不够');
    await officer.send(`/redeem ${code} 15 一桶食用油`);
    expect(officer.lastText()).toContain('还剩 5 分');
    expect(resident.lastText()).toContain('一桶食用油');
    await officer.send(`/redeem ${code} 1 再来`);
    expect(officer.lastText()).toContain('兑换码不对');
    await resident.send('/redeem 123456 1 x');
    expect(resident.lastText()).toContain('只供民警');
  });

  it('re-alerts the county when a red report is not accepted in 30 minutes, once', async () => {
    const old = new Date(Date.now() - 31 * 60_000);
    await createSampleReport(app.store.db, draft(), 'Asia/Shanghai', old);
    const escalate = async () =>
      (await escalateReports(app.store.db, new Date(), ESCALATE_AFTER_MS)).reports.length;
    expect(await escalate()).toBe(1);
    expect(await escalate()).toBe(0);
    // The alert is a notice: the delivery loop sends it.
    expect(await app.deliverNotices()).toBe(1);
    const alert = app.telegram.calls
      .filter((c) => Number(c.payload.chat_id) === COUNTY_GROUP)
      .at(-1);
    expect(alert?.payload.text).toContain('超时未受理');
    expect(
      app.telegram.calls.filter((c) => Number(c.payload.chat_id) === STATION_GROUP),
    ).toHaveLength(0);
  });

  it('sends each station its open reports by colour and age every morning', async () => {
    await createSampleReport(
      app.store.db,
      draft(),
      'Asia/Shanghai',
      new Date(Date.now() - 3 * 86_400_000),
    );
    await createSampleReport(app.store.db, draft({ colour: 'green' }), 'Asia/Shanghai');
    const morning = new Date();
    expect((await queueDailyDigest(app.store.db, morning, 'Asia/Shanghai')).notices).toHaveLength(
      1,
    );
    // A second replica's cron the same morning queues nothing new.
    await queueDailyDigest(app.store.db, morning, 'Asia/Shanghai');
    expect(await app.deliverNotices()).toBe(1);
    const digests = app.telegram.calls.filter((c) => Number(c.payload.chat_id) === STATION_GROUP);
    expect(digests).toHaveLength(1);
    const digest = digests[0];
    expect(digest?.payload.text).toMatch(/🔴 1 · 🟡 0 · 🟢 1/);
    expect(digest?.payload.text).toMatch(/🔴 JF-\d{8}-0001 · 新反映 · 3 天/);
  });

  it('removes personal data from reports closed longer than the retention period', async () => {
    const { report } = await createSampleReport(
      app.store.db,
      draft({ latitude: 43.9, longitude: 116 }),
      'Asia/Shanghai',
    );
    await app.store.db
      .updateTable('reports')
      .set({ status: 'closed', updated_at: new Date(Date.now() - 400 * 86_400_000).toISOString() })
      .execute();
    expect((await purgeOldPersonalData(app.store.db, 365, new Date())).reports).toBe(1);
    expect(await getReport(app.store.db, report.id)).toMatchObject({
      reporterPersonId: null,
      place: { latitude: null },
    });
  });
});
