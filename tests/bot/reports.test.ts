import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { personOf } from '../../src/store/people.repository.js';
import { pointBalance } from '../../src/store/points.repository.js';
import { getReport } from '../../src/store/reports.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import type { TestApp, TestPerson } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { STICKER } from '../helpers/messages.js';
import { COUNTY_GROUP, createStationApp, OFFICER, STATION_GROUP } from '../helpers/station-app.js';
import { ENGINES, telegramPerson } from '../helpers/store.js';

describe.each(ENGINES)('reports on %s', (engine) => {
  // Report numbers, rate limits and send-later times are counted from one fixed instant.
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createStationApp(engine);
  });
  afterEach(() => app.stop());

  async function villager(id = 100001, name = '王大妈'): Promise<TestPerson> {
    const v = app.person({ id, first_name: name });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    return v;
  }

  async function fileReport(
    v: TestPerson,
    options: { anonymous?: boolean; text?: string; album?: number } = {},
  ) {
    await v.send('📣 我要反映');
    await v.tap('rpk:dispute');
    await v.tap('rpc:land');
    await v.send(options.text ?? '邻居把地界石往我家地里挪了两米，说了不听。');
    for (let i = 0; i < (options.album ?? 2); i++) {
      await v.sendMessage({
        photo: [{ file_id: `photo-${i}`, file_unique_id: `u${i}`, width: 1, height: 1 }],
        media_group_id: 'album-1',
      } as never);
    }
    await v.tap('rpn:done');
    await v.tap('rpn:village');
    await v.tap('rpn:yesterday');
    await v.tap(options.anonymous ? 'rpn:anon' : 'rpn:named');
    expect(v.lastText()).toContain('请核对您的反映');
    await v.tap(v.buttonLike('rpy:'));
  }

  it('stores the report, gives a reference, and routes it to the station and the county at once', async () => {
    const v = await villager();
    await fileReport(v);
    expect(v.lastText()).toMatch(/已提交，编号 <b>JF-\d{8}-0001<\/b>/);
    const report = await getReport(app.store.db, 1);
    expect(report).toMatchObject({
      kind: 'dispute',
      category: 'land',
      colour: 'yellow',
      status: 'new',
      reporterPersonId: await telegramPerson(app.store.db, 100001),
      anonymous: false,
    });
    expect(report?.evidence).toHaveLength(2);
    const cards = app.telegram.calls.filter(
      (c) =>
        c.method === 'sendMessage' &&
        [STATION_GROUP, COUNTY_GROUP].includes(Number(c.payload.chat_id)),
    );
    expect(cards.map((c) => Number(c.payload.chat_id)).sort((a, b) => a - b)).toEqual(
      [COUNTY_GROUP, STATION_GROUP].sort((a, b) => a - b),
    );
    for (const card of cards) {
      expect(card.payload.text).toContain('🟡');
      expect(card.payload.text).toContain('红旗村');
      expect(card.payload.text).toContain('地界石');
      expect(card.payload.text).not.toContain('王大妈');
      expect(JSON.stringify(card.payload.reply_markup)).toContain('tra:1');
    }
    // One reply for the whole album, not one per photo.
    expect(v.texts().filter((t) => t.includes('收到了'))).toHaveLength(1);
  });

  it('a double tap on confirm creates one report', async () => {
    const v = await villager();
    await fileReport(v);
    await v.tap(v.buttonLike('rpy:'));
    expect(v.lastText()).toContain('已经提交过了');
    expect(await getReport(app.store.db, 2)).toBeNull();
  });

  it('matches a stale ✅ to its own submission only, never to another one', async () => {
    const v = await villager();
    await fileReport(v);
    const firstConfirm = v.buttonLike('rpy:');
    await fileReport(v);
    const first = await getReport(app.store.db, 1);
    await v.tap(firstConfirm);
    expect(v.lastText()).toContain('已经提交过了');
    expect(v.lastText()).toContain(first?.reference ?? '?');
    // A key nobody submitted, and someone else's key: the draft is gone, nothing is revealed.
    await v.forge('rpy:00000000-0000-4000-8000-000000000000');
    expect(v.lastText()).toContain('草稿已经找不到了');
    const other = await villager(100002, '张大爷');
    await other.forge(firstConfirm);
    expect(other.lastText()).toContain('草稿已经找不到了');
    expect(other.lastText()).not.toContain(first?.reference ?? '?');
    expect(await getReport(app.store.db, 3)).toBeNull();
  });

  it('a crash that lost the last answer makes ✅ ask it again, not answer with an old number', async () => {
    const v = await villager();
    await fileReport(v);
    await v.send('📣 我要反映');
    await v.tap('rpk:dispute');
    await v.tap('rpc:land');
    await v.send('又挪了一次地界石');
    await v.tap('rpn:done');
    await v.tap('rpn:village');
    await v.tap('rpn:yesterday');
    const session = () =>
      app.store.db.selectFrom('kv').selectAll().where('key', 'like', '%100001').executeTakeFirst();
    const beforeSummary = await session();
    await v.tap('rpn:named');
    // The summary went out, then the process died before the session was written.
    await app.store.db
      .updateTable('kv')
      .set({ value: beforeSummary?.value ?? '' })
      .where('key', '=', beforeSummary?.key ?? '')
      .execute();
    await v.tap(v.buttonLike('rpy:'));
    expect(v.texts().join('\n')).toContain('请再回答一次');
    expect(v.lastText()).not.toMatch(/JF-\d/);
    expect(await getReport(app.store.db, 2)).toBeNull();
    await v.tap('rpn:named');
    await v.tap(v.buttonLike('rpy:'));
    expect(v.lastText()).toContain((await getReport(app.store.db, 2))?.reference ?? '?');
  });

  it('lets the officer triage from the group, and tells an anonymous reporter every change', async () => {
    const v = await villager();
    await fileReport(v, { anonymous: true });
    const stored = await getReport(app.store.db, 1);
    expect(stored).toMatchObject({ anonymous: true, reporterPersonId: null });
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');

    await officer.tapIn(STATION_GROUP, 'tra:1');
    expect(v.lastText()).toContain('已受理，由民警 李警官 负责');
    await officer.tapIn(STATION_GROUP, 'trc:1:red');
    expect((await getReport(app.store.db, 1))?.colour).toBe('red');

    await officer.tapIn(STATION_GROUP, 'tri:1:reply');
    expect(officer.lastText()).toContain('不会透露对方身份');
    await officer.send('明天上午到现场看看，请您在家。');
    expect(v.lastText()).toContain('明天上午到现场看看');
    const toOfficer = officer.texts().join('\n');
    expect(toOfficer).not.toContain('100001');
    expect(toOfficer).not.toContain('王大妈');

    await officer.tapIn(STATION_GROUP, 'trs:1:in_progress');
    expect(v.lastText()).toContain('处理中');
    await officer.tapIn(STATION_GROUP, 'trs:1:mediated');
    expect(v.lastText()).toContain('已调解');
    // The 😊/😞 buttons come with the question they answer.
    expect(v.lastText()).toContain(`您对反映 ${stored?.reference} 的处理结果满意吗？`);
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('myf:1:no');

    await v.tap('myf:1:no');
    expect(v.lastText()).toContain('重新处理');
    expect((await getReport(app.store.db, 1))?.status).toBe('in_progress');

    await officer.tapIn(STATION_GROUP, 'trp:1:10:clue');
    expect(await pointBalance(app.store.db, await telegramPerson(app.store.db, 100001))).toBe(10);
    expect(v.lastText()).toContain('获得 10 积分');

    const audit = (await listAudit(app.store.db, { subject: 'report:1' })).map((a) => a.action);
    expect(audit).toEqual([
      'report.create',
      'report.accept',
      'report.colour',
      'report.reply',
      'report.status',
      'report.status',
      'report.feedback.reopened',
      'points.award',
    ]);
    const created = await listAudit(app.store.db, { action: 'report.create' });
    expect(created[0]?.actorId).toBeNull();
  });

  it('refuses triage by a resident, and by an officer of another station, and audits it', async () => {
    const v = await villager();
    await fileReport(v);
    const other = app.person({ id: 300001 });
    await grantOfficer(app.store.db, 300001, { kind: 'station', code: 'ST-XINMIN' });
    await other.tapIn(STATION_GROUP, 'tra:1');
    await v.forge('tra:1');
    await v.forge('trs:1:closed');
    expect((await getReport(app.store.db, 1))?.status).toBe('new');
    const refused = await listAudit(app.store.db, { action: 'refused' });
    // Audit rows name persons: the persons of those Telegram users.
    const p = (id: number) => personOf(app.store.db, telegramAddress(id));
    expect(refused.map((r) => r.actorId)).toEqual([
      await p(300001),
      await p(100001),
      await p(100001),
    ]);
  });

  it('asks again when the description is only a sticker', async () => {
    const v = await villager();
    await v.send('📣 我要反映');
    await v.tap('rpk:clue');
    await v.tap('rpc:theft');
    await v.sendMessage(STICKER as never);
    expect(v.lastText()).toContain('没看到文字或语音');
  });

  it('tells the reporter to call 110 at once when someone may be in danger', async () => {
    const v = await villager();
    await v.send('📣 我要反映');
    await v.tap('rpk:dispute');
    await v.tap('rpc:neighbour');
    await v.send('两家人拿着刀在地头打起来了');
    expect(v.texts().at(-2)).toContain('立即拨打 110');
  });

  it('caps a 40-photo album and says so', async () => {
    const v = await villager();
    await fileReport(v, { album: 40 });
    expect(v.texts().join('\n')).toContain('最多只能附 10 个文件');
    expect((await getReport(app.store.db, 1))?.evidence).toHaveLength(10);
  });

  it('accepts a location outside the county and flags it', async () => {
    const v = await villager();
    await v.send('📣 我要反映');
    await v.tap('rpk:clue');
    await v.tap('rpc:ecology');
    await v.send('有人在山上砍树');
    await v.tap('rpn:done');
    await v.sendMessage({ location: { latitude: 39.9, longitude: 116.4 } });
    expect(v.lastText()).toMatch(/不在本县|什么时候/);
    expect(v.texts().join('\n')).toContain('不在本县范围内');
    await v.tap('rpn:now');
    await v.tap('rpn:named');
    await v.tap(v.buttonLike('rpy:'));
    const report = await getReport(app.store.db, 1);
    expect(report?.place).toMatchObject({ outsideCounty: true, latitude: 39.9 });
    const county = app.telegram.calls.find((c) => Number(c.payload.chat_id) === COUNTY_GROUP);
    const station = app.telegram.calls.find((c) => Number(c.payload.chat_id) === STATION_GROUP);
    expect(county?.payload.text).toContain('39.90000');
    expect(station?.payload.text).not.toContain('39.90000');
    expect(station?.payload.text).toContain('位置不在本县');
  });

  it('rate-limits a flood of reports and keeps the first ones', async () => {
    const v = await villager();
    for (let i = 0; i < 6; i++) await fileReport(v, { album: 0 });
    expect(v.lastText()).toContain('稍等一会儿');
    expect(await getReport(app.store.db, 5)).not.toBeNull();
    expect(await getReport(app.store.db, 6)).toBeNull();
  });

  it('keeps the draft and issues no number when the store fails at confirm', async () => {
    const v = await villager();
    await v.send('📣 我要反映');
    await v.tap('rpk:dispute');
    await v.tap('rpc:debt');
    await v.send('借钱不还');
    await v.tap('rpn:done');
    await v.tap('rpn:skip');
    await v.tap('rpn:today');
    await v.tap('rpn:named');
    await app.store.db.schema.dropTable('report_counters').execute();
    await v.tap(v.buttonLike('rpy:'));
    expect(v.lastText()).toContain('再试');
    expect(v.texts().join('\n')).not.toMatch(/JF-\d/);
    const session = await app.store.db
      .selectFrom('kv')
      .select('value')
      .where('key', 'like', '%100001')
      .executeTakeFirst();
    expect(session?.value).toContain('借钱不还');
  });

  it('shows the reporter their reports and lets them add information', async () => {
    const v = await villager();
    await fileReport(v);
    await v.send('👤 我的');
    await v.tap('me:reports');
    await v.tap('myr:1');
    expect(v.lastText()).toContain('新反映');
    await v.tap('myi:1');
    await v.send('今天他又挪了一次。');
    expect(v.lastText()).toContain('已补充');
    const cards = app.telegram.calls.filter((c) => Number(c.payload.chat_id) === STATION_GROUP);
    expect(cards.at(-1)?.payload.text).toContain('补充了情况');
    const other = await villager(100009, '别人');
    await other.forge('myr:1');
    await other.forge('myi:1');
    const otherPerson = await personOf(app.store.db, telegramAddress(100009));
    expect((await listAudit(app.store.db, { action: 'refused' })).map((a) => a.actorId)).toEqual([
      otherPerson,
      otherPerson,
    ]);
  });
});
