import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { REFERENCE_PATTERN } from '../../src/domain/reports/reference.js';
import {
  awardPoints,
  InsufficientPointsError,
  pointBalance,
  pointHistory,
  redeemPoints,
} from '../../src/store/points.repository.js';
import {
  claimEscalations,
  countRecentReports,
  getReport,
  moveReport,
  removePersonalData,
  reporterChatOf,
  reportsOfPerson,
} from '../../src/store/reports.repository.js';
import { useFixedClock } from '../helpers/clock.js';
import { createSampleReport, type SampleOver } from '../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore, telegramPerson } from '../helpers/store.js';

const draft = (over: SampleOver = {}): SampleOver => ({
  submissionKey: `k-${Math.random()}`,
  kind: 'dispute',
  category: 'land',
  colour: 'yellow',
  description: '地界纠纷',
  voiceFileId: null,
  evidence: [{ kind: 'photo', fileId: 'AgAC-1' }],
  villageCode: 'wl-hongqi',
  townshipCode: 'T-WULAN',
  stationCode: 'ST-WULAN',
  latitude: 43.95,
  longitude: 116.07,
  placeText: null,
  outsideCounty: false,
  occurredText: '昨天',
  anonymous: false,
  reporter: telegramAddress(100001),
  reporterLanguage: 'zh-CN',
  ...over,
});

describe.each(ENGINES)('reports and points on %s', (engine) => {
  // Ages and deadlines below are counted from one fixed instant, not from the hour of the run.
  useFixedClock();
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('numbers reports per day and creates one report per submission key', async () => {
    const now = new Date('2026-11-22T04:00:00Z');
    const a = await createSampleReport(
      store.db,
      draft({ submissionKey: 'same' }),
      'Asia/Shanghai',
      now,
    );
    const again = await createSampleReport(
      store.db,
      draft({ submissionKey: 'same' }),
      'Asia/Shanghai',
      now,
    );
    const b = await createSampleReport(store.db, draft(), 'Asia/Shanghai', now);
    expect(a.report.reference).toBe('JF-20261122-0001');
    expect(again).toMatchObject({ created: false, report: { id: a.report.id } });
    expect(b.report.reference).toBe('JF-20261122-0002');
    expect(b.report.reference).toMatch(REFERENCE_PATTERN);
    expect((await getReport(store.db, a.report.id))?.evidence).toEqual([
      { kind: 'photo', fileId: 'AgAC-1' },
    ]);
  });

  it('numbers concurrent submissions uniquely', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => createSampleReport(store.db, draft(), 'Asia/Shanghai')),
    );
    expect(new Set(results.map((r) => r.report.reference)).size).toBe(8);
  });

  it('stores no reporter id for anonymous reports, only a relay the bot can use', async () => {
    const { report } = await createSampleReport(
      store.db,
      draft({ anonymous: true, reporter: telegramAddress(555) }),
      'Asia/Shanghai',
    );
    expect(report.reporterPersonId).toBeNull();
    expect(report.relayKey).toMatch(/^[\w-]{20,}$/);
    const row = await store.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('555');
    expect(await reporterChatOf(store.db, report)).toBe(555);
    const person = await telegramPerson(store.db, 555);
    expect((await reportsOfPerson(store.db, person)).map((r) => r.id)).toEqual([report.id]);
    expect(await countRecentReports(store.db, person, new Date(Date.now() - 60_000))).toBe(1);
  });

  it('moves status only from where the caller saw it', async () => {
    const { report } = await createSampleReport(store.db, draft(), 'Asia/Shanghai');
    expect(
      await moveReport(store.db, report.id, 'new', 'accepted', { assigned_officer_id: 200001 }),
    ).toBe(true);
    expect(
      await moveReport(store.db, report.id, 'new', 'accepted', { assigned_officer_id: 200002 }),
    ).toBe(false);
    expect((await getReport(store.db, report.id))?.assignedOfficerId).toBe(200001);
  });

  it('escalates an unaccepted red report once', async () => {
    const old = new Date(Date.now() - 31 * 60_000);
    await createSampleReport(store.db, draft({ colour: 'red' }), 'Asia/Shanghai', old);
    await createSampleReport(store.db, draft({ colour: 'green' }), 'Asia/Shanghai', old);
    const limits = { red: 30 * 60_000, yellow: 24 * 3600_000 };
    const [a, b] = await Promise.all([
      claimEscalations(store.db, new Date(), limits),
      claimEscalations(store.db, new Date(), limits),
    ]);
    expect([...(a ?? []), ...(b ?? [])]).toHaveLength(1);
  });

  it('removes personal data from closed reports after the retention period', async () => {
    const { report } = await createSampleReport(
      store.db,
      draft({ anonymous: true }),
      'Asia/Shanghai',
    );
    await moveReport(store.db, report.id, 'new', 'rejected', { reject_reason: 'x' });
    expect(await removePersonalData(store.db, new Date(Date.now() + 1000))).toBe(1);
    const after = await getReport(store.db, report.id);
    expect(after).toMatchObject({
      relayKey: null,
      reporterPersonId: null,
      place: { latitude: null },
    });
    expect(await store.db.selectFrom('report_relays').selectAll().execute()).toEqual([]);
  });

  it('keeps an append-only ledger and never lets a balance go negative, even concurrently', async () => {
    const seven = await telegramPerson(store.db, 7);
    expect(await awardPoints(store.db, seven, 30, '有用线索', 200001)).toBe(30);
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => redeemPoints(store.db, seven, 10, '食用油', 200001)),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(3);
    expect(
      attempts
        .filter((a) => a.status === 'rejected')
        .every((a) => a.reason instanceof InsufficientPointsError),
    ).toBe(true);
    expect(await pointBalance(store.db, seven)).toBe(0);
    expect((await pointHistory(store.db, seven)).map((e) => e.delta)).toEqual([-10, -10, -10, 30]);
    await expect(sql`update point_ledger set delta = 100`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      redeemPoints(store.db, await telegramPerson(store.db, 8), 1, 'x', 1),
    ).rejects.toBeInstanceOf(InsufficientPointsError);
  });
});
