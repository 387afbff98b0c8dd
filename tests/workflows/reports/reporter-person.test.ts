/**
 * Reporters are people, whatever the channel, without any channel involved: a person who files
 * from the web and from Telegram finds both reports, is limited once across channels, and adds to
 * an anonymous report they filed; another person is refused and changes nothing. The anonymous
 * report names no one in `reports`; only its relay knows the person.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress, webAddress } from '../../../src/domain/people/addresses.js';
import { MAX_REPORTS_PER_MINUTE } from '../../../src/domain/reports/report.js';
import { addAddress, ensurePerson } from '../../../src/store/people.repository.js';
import { eventsOf } from '../../../src/store/reports.repository.js';
import { describeMyReports } from '../../../src/workflows/reports/describe-my-reports.js';
import { addToReport } from '../../../src/workflows/reports/reporter-addition.js';
import {
  type SubmitReportInput,
  submitReport,
} from '../../../src/workflows/reports/submit-report.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';

const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
/** The inboxes the groups serve: the card notices name these, never the groups' ids. */
const STATION_INBOX = 'station:ST-WULAN@wl-hongqi';
const COUNTY_INBOX = 'command:county';
const NOW = new Date('2026-12-08T02:00:00Z');

describe.each(ENGINES)('a reporter as a person, without any channel, on %s', (engine) => {
  let store: TestStore;
  let bataar: number;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
    // One person on two channels: a Telegram user who also opened the web chat on a phone.
    bataar = await ensurePerson(store.db, telegramAddress(100001), NOW);
    await addAddress(store.db, bataar, webAddress('d-phone'), NOW);
  });
  afterEach(() => store.cleanup());

  const submit = (
    personId: number,
    key: string,
    over: Partial<SubmitReportInput> = {},
    anonymous = false,
  ) =>
    submitReport(
      { db: store.db, timeZone: 'Asia/Shanghai' },
      {
        reporter: { personId },
        homeVillageCode: 'wl-hongqi',
        submissionKey: key,
        locale: 'zh-CN',
        now: NOW,
        draft: { kind: 'dispute', category: 'land', description: '地界挪了', anonymous },
        ...over,
      },
    );

  it('files from both channels, lists both, and adds to the anonymous one with card notices', async () => {
    const named = await submit(bataar, 'tg-1');
    const anonymous = await submit(
      bataar,
      'web-1',
      { reporter: { personId: bataar, webDevice: 'd-phone' } },
      true,
    );
    if (named.outcome !== 'stored' || anonymous.outcome !== 'stored') throw new Error('not stored');
    expect(named.report.reporterPersonId).toBe(bataar);
    expect(anonymous.report).toMatchObject({ anonymous: true, reporterPersonId: null });
    expect(anonymous.report.relayKey).not.toBeNull();
    expect(anonymous.notices.map((n) => [n.kind, n.recipient])).toEqual([
      ['report-card', STATION_INBOX],
      ['report-card', COUNTY_INBOX],
    ]);

    const mine = await describeMyReports(store.db, { personId: bataar });
    expect(mine.choices.map((c) => c.action)).toEqual([
      `myreport:${anonymous.report.id}`,
      `myreport:${named.report.id}`,
    ]);

    const added = await addToReport(store.db, {
      reporter: { personId: bataar },
      reportId: anonymous.report.id,
      text: '又挪了一米',
      announce: true,
      now: NOW,
    });
    expect(added).toMatchObject({ outcome: 'added', text: true, file: false });
    if (added.outcome !== 'added') throw new Error(added.outcome);
    expect(added.notices.map((n) => [n.kind, n.recipient])).toEqual([
      ['report-card', STATION_INBOX],
      ['report-card', COUNTY_INBOX],
    ]);
  });

  it('refuses another person, who sees none of the reports', async () => {
    const stored = await submit(bataar, 'tg-1', {}, true);
    if (stored.outcome !== 'stored') throw new Error(stored.outcome);
    const other = await ensurePerson(store.db, webAddress('d-other'), NOW);
    expect(
      await addToReport(store.db, { reporter: { personId: other }, reportId: stored.report.id }),
    ).toEqual({ outcome: 'not-yours' });
    expect(await eventsOf(store.db, stored.report.id)).toHaveLength(1);
    expect(await submit(other, 'tg-1')).toEqual({ outcome: 'not-yours' });
    const theirs = await describeMyReports(store.db, { personId: other });
    expect(theirs.choices).toEqual([]);
  });

  it('counts one person once across channels for the per-minute limit', async () => {
    for (let i = 0; i < MAX_REPORTS_PER_MINUTE; i++) {
      const web = { reporter: { personId: bataar, webDevice: 'd-phone' } };
      const result = await submit(bataar, `k-${i}`, i % 2 ? web : {}, i % 3 === 0);
      expect(result.outcome).toBe('stored');
    }
    expect(await submit(bataar, 'k-last')).toEqual({ outcome: 'rate-limited' });
  });
});
