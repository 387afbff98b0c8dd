/**
 * Triage without any channel: each workflow checks scope, changes the report and writes its
 * history and audit rows in one transaction, and returns plain data for a channel to render.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webAddress } from '../../../src/domain/people/addresses.js';
import type { Person } from '../../../src/domain/people/roles.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { personOf } from '../../../src/store/people.repository.js';
import { pointBalance, pointHistory } from '../../../src/store/points.repository.js';
import { eventsOf, getReport } from '../../../src/store/reports.repository.js';
import { seeWebResident } from '../../../src/store/web-residents.repository.js';
import { linkWechatDevice, saveWechatResident } from '../../../src/store/wechat.repository.js';
import { blocklistReport } from '../../../src/workflows/reports/triage-blocklist.js';
import { addOfficerWords } from '../../../src/workflows/reports/triage-input.js';
import { awardReportPoints } from '../../../src/workflows/reports/triage-points.js';
import { acceptReport, moveStatus } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore, telegramPerson } from '../../helpers/store.js';

const officer = (id: number, station: string): Person => ({
  personId: id,
  firstName: '李警官',
  language: 'zh-CN',
  villageCode: null,
  role: 'officer',
  scope: { kind: 'station', code: station },
  active: true,
});
const LI = officer(200001, 'ST-WULAN');
const LIU = officer(200002, 'ST-XINMIN');
const NOW = new Date('2026-12-03T02:00:00Z');

describe.each(ENGINES)('triage workflows on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());
  const deps = () => ({ db: store.db, now: () => NOW });
  const file = async (over = {}) =>
    (await createSampleReport(store.db, over, 'Asia/Shanghai', NOW)).report;

  it('accepts a report with its history and audit rows, and tells the reporter who took it', async () => {
    const report = await file();
    const result = await acceptReport(deps(), LI, report.id);
    expect(result).toMatchObject({
      outcome: 'done',
      report: { status: 'accepted', assignedOfficerId: LI.personId },
      notice: { key: 'reporter-accepted', vars: { officer: '李警官' } },
    });
    expect((await eventsOf(store.db, report.id)).map((e) => [e.type, e.body])).toEqual([
      ['created', null],
      ['status', 'accepted'],
    ]);
    expect((await listAudit(store.db, { action: 'report.accept' })).length).toBe(1);
    expect(await acceptReport(deps(), LI, report.id)).toMatchObject({ outcome: 'unchanged' });
  });

  it('refuses an officer of another station and changes nothing', async () => {
    const report = await file();
    expect(await acceptReport(deps(), LIU, report.id)).toEqual({
      outcome: 'refused',
      why: 'out-of-scope',
    });
    expect(await moveStatus(deps(), null, report.id, 'closed')).toMatchObject({
      outcome: 'refused',
    });
    expect(await acceptReport(deps(), LI, 9999)).toEqual({
      outcome: 'refused',
      why: 'unknown-report',
    });
    expect((await getReport(store.db, report.id))?.status).toBe('new');
    expect(await eventsOf(store.db, report.id)).toHaveLength(1);
  });

  it('calls a move from an older card stale, and changes nothing', async () => {
    const report = await file();
    await acceptReport(deps(), LI, report.id);
    await moveStatus(deps(), LI, report.id, 'resolved');
    expect(await moveStatus(deps(), LI, report.id, 'closed')).toMatchObject({ outcome: 'done' });
    const again = await moveStatus(deps(), LI, report.id, 'in_progress');
    expect(again).toMatchObject({ outcome: 'stale', report: { status: 'closed' } });
    expect(await addOfficerWords(deps(), LI, report.id, 'note', '再看看')).toMatchObject({
      outcome: 'stale',
    });
  });

  it('credits a web reporter too, named or anonymous, and keeps the points when WeChat links the device', async () => {
    await seeWebResident(store.db, 'd-web', 'zh-CN', NOW);
    const award = { points: 10, reason: 'clue' as const, reasonText: '有用线索' };
    const web = { reporter: webAddress('d-web') };
    const named = await file(web);
    expect(await awardReportPoints(deps(), LI, named.id, award)).toMatchObject({
      outcome: 'done',
      balance: 10,
      notice: { key: 'reporter-points' },
    });
    const anonymous = await file({ ...web, anonymous: true });
    expect(await awardReportPoints(deps(), LI, anonymous.id, award)).toMatchObject({
      outcome: 'done',
      balance: 20,
    });
    const person = (await personOf(store.db, { channel: 'web', address: 'd-web' })) as number;
    expect(await pointBalance(store.db, person)).toBe(20);
    // The anonymous report's row is credited through its relay, like a Telegram reporter's: it
    // names the report but never the person (retention then cuts the relay and the report).
    const rows = await store.db
      .selectFrom('point_ledger')
      .select(['person_id', 'report_id', 'reason', 'relay_key'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.person_id === person, r.report_id, r.reason, r.relay_key])).toEqual([
      [true, named.id, `有用线索 ${named.reference}`, null],
      [false, anonymous.id, `有用线索 ${anonymous.reference}`, anonymous.relayKey],
    ]);
    expect(rows[1]?.person_id).toBeNull();
    // Opened from the WeChat menu, the device joins the follower, points and history with it.
    await saveWechatResident(store.db, 'o-1', { subscribed: true }, NOW);
    await linkWechatDevice(store.db, 'd-web', 'o-1', NOW);
    const follower = (await personOf(store.db, { channel: 'wechat', address: 'o-1' })) as number;
    expect(await pointBalance(store.db, follower)).toBe(20);
    expect((await pointHistory(store.db, follower)).map((e) => e.delta)).toEqual([10, 10]);
  });

  it('awards 🎁 +10 once however often it is pressed', async () => {
    const report = await file();
    const award = { points: 10, reason: 'clue' as const, reasonText: '有用线索' };
    const first = await awardReportPoints(deps(), LI, report.id, award);
    const second = await awardReportPoints(deps(), LI, report.id, award);
    expect(first).toMatchObject({ outcome: 'done', points: 10, balance: 10 });
    expect(second).toMatchObject({ outcome: 'unchanged', reason: 'already-awarded' });
    expect(await pointBalance(store.db, await telegramPerson(store.db, 100001))).toBe(10);
    expect((await listAudit(store.db, { action: 'points.award' })).length).toBe(1);
    // Another reason is another award.
    const mediation = { ...award, reason: 'mediation' as const, reasonText: '协助调解' };
    expect(await awardReportPoints(deps(), LI, report.id, mediation)).toMatchObject({
      outcome: 'done',
      balance: 20,
    });
  });

  it('counts 🚫 号码入库 once however often it is pressed', async () => {
    const report = await file({ category: 'fraud', description: '自称客服让我打 13912345678' });
    expect(await blocklistReport(deps(), LI, report.id)).toMatchObject({
      outcome: 'done',
      entries: 1,
    });
    expect(await blocklistReport(deps(), LI, report.id)).toMatchObject({ outcome: 'unchanged' });
    const rows = await store.db.selectFrom('blocklist').select(['value', 'count']).execute();
    expect(rows.map((r) => Number(r.count))).toEqual([1]);
    expect((await listAudit(store.db, { action: 'blocklist.add' })).length).toBe(1);
  });

  it('stores nothing when the audit row cannot be written: change, history and audit are one', async () => {
    const report = await file();
    await store.db.schema.dropTable('audit_log').execute();
    await expect(acceptReport(deps(), LI, report.id)).rejects.toThrow();
    expect((await getReport(store.db, report.id))?.status).toBe('new');
    expect(await eventsOf(store.db, report.id)).toHaveLength(1);
  });

  it('keeps a note for officers and relays a reply or a question to the reporter', async () => {
    const report = await file();
    // No card was shown yet (none recorded), so a note enqueues nothing.
    expect(await addOfficerWords(deps(), LI, report.id, 'note', '邻居说是误会')).toEqual({
      outcome: 'done',
      report,
      notices: [],
    });
    expect(await addOfficerWords(deps(), LI, report.id, 'ask', '界石原来在哪？')).toMatchObject({
      outcome: 'done',
      notice: { key: 'reporter-info-request', vars: { text: '界石原来在哪？' } },
    });
    const events = (await eventsOf(store.db, report.id)).map((e) => [e.type, e.body]);
    expect(events.slice(1)).toEqual([
      ['note', '邻居说是误会'],
      ['info_request', '界石原来在哪？'],
    ]);
  });
});
