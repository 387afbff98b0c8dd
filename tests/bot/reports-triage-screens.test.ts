/**
 * Issue 12 in reports, as officers see it: /reports and /stats in the station group, village
 * names instead of codes, a village typed by name, an officer of another station refused in
 * words meant for officers, a stale button on an old card refused (and the card redrawn),
 * double presses of 🎁 and 🚫 that count once, and a card whose quoted link cannot be tapped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pointBalance } from '../../src/store/points.repository.js';
import { getReport } from '../../src/store/reports.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import type { TestApp } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { createSampleReport } from '../helpers/sample-report.js';
import { createStationApp, OFFICER, STATION_GROUP } from '../helpers/station-app.js';
import { ENGINES, telegramPerson } from '../helpers/store.js';

const OTHER_OFFICER = 200002;

describe.each(ENGINES)('report screens for officers on %s', (engine) => {
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createStationApp(engine);
    await grantOfficer(
      app.store.db,
      OTHER_OFFICER,
      { kind: 'station', code: 'ST-XINMIN' },
      '刘警官',
    );
  });
  afterEach(() => app.stop());

  const file = async (over = {}) =>
    (await createSampleReport(app.store.db, over, 'Asia/Shanghai')).report;
  const groupTexts = () =>
    app.telegram.calls
      .filter((c) => Number(c.payload.chat_id) === STATION_GROUP)
      .map((c) => String(c.payload.text ?? c.payload.caption ?? ''));
  const sayInGroup = (from: number, text: string) =>
    app.handle({
      message: {
        message_id: Math.floor(Math.random() * 1e6),
        date: 0,
        chat: { id: STATION_GROUP, type: 'supergroup', title: '乌兰派出所' },
        from: { id: from, is_bot: false, first_name: '李警官' },
        text,
        entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
      } as never,
    });
  /** The text of the alert answering the newest button press. */
  const lastAlert = () =>
    String(
      app.telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)?.payload.text,
    );

  it('answers /reports and /stats in the station group, naming villages without codes', async () => {
    await file();
    await sayInGroup(OFFICER, '/reports');
    const list = app.telegram.calls
      .filter((c) => Number(c.payload.chat_id) === STATION_GROUP)
      .at(-1);
    expect(list?.payload.text).toContain('反映列表');
    expect(JSON.stringify(list?.payload.reply_markup)).toContain('rpo:1');
    await sayInGroup(OFFICER, '/stats');
    // The chart goes as a multipart upload, so only its method is recorded.
    expect(app.telegram.calls.at(-2)?.method).toBe('sendPhoto');
    const stats = groupTexts().at(-1) ?? '';
    expect(stats).toContain('• 红旗村：1');
    expect(stats).not.toContain('wl-hongqi');
  });

  it('filters /reports by a village name, and says so when no village has that name', async () => {
    await file();
    await file({ villageCode: 'wl-qianjin' });
    const officer = app.person({ id: OFFICER });
    await officer.send('/reports 红旗村');
    const list = JSON.stringify(officer.lastMessage()?.payload.reply_markup);
    expect(list).toContain('rpo:1');
    expect(list).not.toContain('rpo:2');
    await officer.send('/reports 不存在村');
    expect(officer.lastText()).toContain('没有找到“不存在村”这个村');
    expect(JSON.stringify(officer.lastMessage()?.payload.reply_markup ?? {})).not.toContain('rpo:');
  });

  it('refuses an officer of another station in words for officers, and audits it', async () => {
    await file();
    const other = app.person({ id: OTHER_OFFICER });
    await other.forge('tra:1');
    expect(lastAlert()).toContain('不在您的辖区');
    expect(lastAlert()).not.toContain('只供民警');
    const villager = app.person({ id: 100001 });
    await villager.forge('tra:1');
    expect(lastAlert()).toContain('只供民警');
    expect((await getReport(app.store.db, 1))?.status).toBe('new');
  });

  it('refuses a stale button on an old card and redraws the card', async () => {
    await file();
    const officer = app.person({ id: OFFICER });
    await officer.forge('tra:1');
    await officer.forge('trs:1:resolved');
    await officer.forge('trs:1:closed');
    const edits = app.telegram.calls.length;
    await officer.forge('trs:1:in_progress');
    expect(lastAlert()).toContain('这个按钮已过期');
    expect(lastAlert()).toContain('已办结');
    expect((await getReport(app.store.db, 1))?.status).toBe('closed');
    await officer.forge('tri:1:note');
    expect(lastAlert()).toContain('这个按钮已过期');
    expect(app.telegram.calls.length).toBeGreaterThan(edits);
  });

  it('awards 🎁 +10 once and counts 🚫 号码入库 once, however often pressed', async () => {
    await file({
      category: 'fraud',
      kind: 'clue',
      description: '冒充客服打 13912345678，网址 ybj-gov.cn',
    });
    const officer = app.person({ id: OFFICER });
    await officer.forge('trp:1:10:clue');
    await officer.forge('trp:1:10:clue');
    expect(lastAlert()).toContain('不会重复发放');
    expect(await pointBalance(app.store.db, await telegramPerson(app.store.db, 100001))).toBe(10);
    await officer.forge('trb:1');
    await officer.forge('trb:1');
    expect(lastAlert()).toContain('不会重复计数');
    const rows = await app.store.db.selectFrom('blocklist').select('count').execute();
    expect(rows.map((r) => Number(r.count))).toEqual([1, 1]);
  });

  it('names the report before the location pin the accepting officer receives', async () => {
    const report = await file({ latitude: 43.9, longitude: 116.1 });
    const officer = app.person({ id: OFFICER });
    await officer.forge('tra:1');
    const mine = officer.received().map((c) => c.method);
    expect(mine.slice(-2)).toEqual(['sendMessage', 'sendLocation']);
    expect(officer.lastText()).toBe(`📍 ${report.reference} 的位置：`);
  });

  it('shows a quoted link defanged on the card, without a preview', async () => {
    await file({ description: '短信让我点 https://ybj-gov.cn/pay 退款' });
    const officer = app.person({ id: OFFICER });
    await officer.send('/reports');
    await officer.tap('rpo:1');
    const card = officer.lastMessage();
    expect(card?.payload.text).toContain('hxxps://ybj-gov[.]cn/pay');
    expect(card?.payload.text).not.toContain('https://ybj-gov.cn');
    expect(card?.payload.link_preview_options).toEqual({ is_disabled: true });
  });
});
