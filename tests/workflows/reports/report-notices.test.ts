/**
 * The notices a triage change or a reporter's addition causes, without any channel: enqueued in
 * the change's own transaction (an edit of every card shown, news for the reporter wherever
 * they are), keyed by the history event so a retry adds nothing, gone when the transaction fails,
 * and removed with the report's personal data.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webAddress } from '../../../src/domain/people/addresses.js';
import type { Person } from '../../../src/domain/people/roles.js';
import { inTransaction } from '../../../src/store/in-transaction.js';
import { noticesOfReport } from '../../../src/store/notices.repository.js';
import {
  getReport,
  moveReport,
  recordNotification,
  removePersonalData,
} from '../../../src/store/reports.repository.js';
import { saveSmsAddress, updateSmsAddress } from '../../../src/store/sms-addresses.repository.js';
import { seeWebResident } from '../../../src/store/web-residents.repository.js';
import { linkWechatDevice, saveWechatResident } from '../../../src/store/wechat.repository.js';
import { escalateReports } from '../../../src/workflows/reports/escalate-reports.js';
import { enqueueReportNotices } from '../../../src/workflows/reports/report-notices.js';
import { addToReport } from '../../../src/workflows/reports/reporter-addition.js';
import { giveFeedback } from '../../../src/workflows/reports/reporter-feedback.js';
import { colourReport } from '../../../src/workflows/reports/triage-colour.js';
import { addOfficerWords } from '../../../src/workflows/reports/triage-input.js';
import { acceptReport, moveStatus } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport, telegramReporter } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';

const LI: Person = {
  personId: 200001,
  firstName: '李警官',
  language: 'zh-CN',
  villageCode: null,
  role: 'officer',
  scope: { kind: 'station', code: 'ST-WULAN' },
  active: true,
};
const NOW = new Date('2026-12-03T02:00:00Z');
const STATION = -100100;
const COUNTY = -100200;
/** The inboxes the two groups serve: notices name these, the Telegram channel finds the chats. */
const STATION_INBOX = 'station:ST-WULAN@wl-hongqi';
const COUNTY_INBOX = 'command:county';

describe.each(ENGINES)('report notices on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, STATION, COUNTY);
  });
  afterEach(() => store.cleanup());
  const deps = () => ({ db: store.db, now: () => NOW });
  /** A report whose two cards were shown: message 11 in the station, 12 in the county. */
  const file = async (over = {}) => {
    const { report } = await createSampleReport(store.db, over, 'Asia/Shanghai', NOW);
    await recordNotification(store.db, report.id, STATION, 11);
    await recordNotification(store.db, report.id, COUNTY, 12);
    return report;
  };
  const stored = async (reportId: number) =>
    (await noticesOfReport(store.db, reportId)).map((n) => ({
      kind: n.kind,
      channel: n.channel,
      recipient: n.recipient,
      payload: n.payload,
      priority: n.priority,
    }));

  it('accepting edits both cards and tells the named reporter, all in the outbox', async () => {
    const report = await file();
    const result = await acceptReport(deps(), LI, report.id);
    if (result.outcome !== 'done') throw new Error(result.outcome);
    // One edit for every card of the report: the channel edits message 11 in the station and 12
    // in the county (tests/bot/reports.test.ts sees both edited).
    expect(await stored(report.id)).toEqual([
      {
        kind: 'report-card-edit',
        channel: 'telegram',
        recipient: `cards:${report.id}`,
        payload: { reportId: report.id },
        priority: 10,
      },
      {
        kind: 'reporter-status',
        channel: 'telegram',
        recipient: '100001',
        payload: {
          reportId: report.id,
          reference: report.reference,
          status: 'accepted',
          key: 'reporter-accepted',
          vars: { officer: '李警官' },
        },
        priority: 10,
      },
    ]);
    expect(result.notices.map((n) => n.idempotencyKey)).toEqual(
      (await noticesOfReport(store.db, report.id)).map((n) => n.idempotencyKey),
    );
  });

  it('a retried workflow enqueues nothing twice: the keys come from the history event', async () => {
    const report = await file();
    const result = await acceptReport(deps(), LI, report.id);
    if (result.outcome !== 'done') throw new Error(result.outcome);
    const eventId = Number(result.notices[0]?.idempotencyKey.split(':')[3]);
    const again = await enqueueReportNotices(store.db, {
      report: result.report,
      eventId,
      now: NOW,
      reporter: { key: 'reporter-accepted', vars: { officer: '李警官' } },
    });
    expect(again.map((n) => n.idempotencyKey)).toEqual(result.notices.map((n) => n.idempotencyKey));
    expect(await noticesOfReport(store.db, report.id)).toHaveLength(2);
  });

  it('a report whose cards were never shown gets no edit, only the reporter’s news', async () => {
    const { report } = await createSampleReport(store.db, {}, 'Asia/Shanghai', NOW);
    const result = await acceptReport(deps(), LI, report.id);
    if (result.outcome !== 'done') throw new Error(result.outcome);
    expect(result.notices.map((n) => n.kind)).toEqual(['reporter-status']);
  });

  it('an anonymous reporter is addressed through the relay, never by their Telegram id', async () => {
    const report = await file({ anonymous: true, colour: 'red' });
    await acceptReport(deps(), LI, report.id);
    await addOfficerWords(deps(), LI, report.id, 'ask', '界石原来在哪？');
    const news = (await stored(report.id)).filter((n) => n.kind === 'reporter-status');
    expect(news.map((n) => [n.recipient, n.priority])).toEqual([
      [`relay:${report.relayKey}`, 20],
      [`relay:${report.relayKey}`, 20],
    ]);
    const rows = await store.db.selectFrom('notices').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('100001');
  });

  it('a web reporter is addressed by their device', async () => {
    const report = await file({ reporter: webAddress('dev-1') });
    await acceptReport(deps(), LI, report.id);
    await moveStatus(deps(), LI, report.id, 'in_progress');
    expect((await stored(report.id)).filter((n) => n.kind === 'reporter-status')).toEqual([
      expect.objectContaining({ channel: 'web', recipient: 'dev-1' }),
      expect.objectContaining({ channel: 'web', recipient: 'dev-1' }),
    ]);
  });

  describe('a web reporter linked to WeChat, with an SMS number', () => {
    const HOUR = 3600_000;
    const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
    /** Her device's last visit, her last message to the account, and SMS report news on or off. */
    /** `wechat`: when she last wrote to the account; null when she never did. */
    const reporter = async (o: { web: Date; wechat: Date | null; reportNews?: boolean }) => {
      await seeWebResident(store.db, 'dev-wang', 'zh-CN', o.web);
      await saveWechatResident(
        store.db,
        'o_wang',
        o.wechat ? { messageAt: o.wechat } : {},
        o.wechat ?? o.web,
      );
      await linkWechatDevice(store.db, 'dev-wang', 'o_wang', o.web);
      const sms = await saveSmsAddress(
        store.db,
        {
          phone: '13800138000',
          villageCode: null,
          language: 'zh-CN',
          consent: 'web',
          deviceId: 'dev-wang',
          urgent: true,
          reportNews: o.reportNews ?? true,
          verifiedAt: ago(100),
        },
        ago(100),
      );
      return file({ reporter: webAddress('dev-wang') }).then((report) => ({
        report,
        smsId: String(sms.id),
      }));
    };
    const news = async (reportId: number) =>
      (await stored(reportId))
        .filter((n) => n.kind === 'reporter-status')
        .map((n) => `${n.channel}:${n.recipient}`);

    it('gets the news in the web inbox and in WeChat when she wrote there after her last visit, not by SMS too', async () => {
      const { report } = await reporter({ web: ago(2), wechat: ago(1) });
      await acceptReport(deps(), LI, report.id);
      expect(await news(report.id)).toEqual(['web:dev-wang', 'wechat:o_wang']);
    });

    it('gets it in WeChat too after visiting the linked page last: that page is inside WeChat', async () => {
      const { report } = await reporter({ web: ago(1), wechat: ago(2) });
      await acceptReport(deps(), LI, report.id);
      expect(await news(report.id)).toEqual(['web:dev-wang', 'wechat:o_wang']);
    });

    it('gets it in WeChat when she never typed in the chat, if SMS report news is off', async () => {
      const { report } = await reporter({ web: ago(1), wechat: null, reportNews: false });
      await acceptReport(deps(), LI, report.id);
      expect(await news(report.id)).toEqual(['web:dev-wang', 'wechat:o_wang']);
    });

    it('past the 48-hour window without a template, the copy goes by SMS instead of waiting in WeChat', async () => {
      const { report, smsId } = await reporter({ web: ago(50), wechat: ago(49) });
      await acceptReport(deps(), LI, report.id);
      await moveStatus(deps(), LI, report.id, 'in_progress');
      const sms = {
        channel: 'sms',
        recipient: smsId,
        payload: expect.objectContaining({ status: 'in_progress', reference: report.reference }),
      };
      expect(await news(report.id)).toEqual([
        'web:dev-wang',
        `sms:${smsId}`,
        'web:dev-wang',
        `sms:${smsId}`,
      ]);
      expect((await stored(report.id)).at(-1)).toMatchObject(sms);
    });

    it('past the window the copy stays in WeChat when the account has a template, or she has no SMS news', async () => {
      const { report, smsId } = await reporter({ web: ago(50), wechat: ago(49) });
      await acceptReport({ ...deps(), wechatTemplate: true }, LI, report.id);
      expect(await news(report.id)).toEqual(['web:dev-wang', 'wechat:o_wang']);
      await updateSmsAddress(store.db, Number(smsId), { reportNews: false }, NOW);
      await moveStatus(deps(), LI, report.id, 'in_progress');
      expect((await news(report.id)).slice(2)).toEqual(['web:dev-wang', 'wechat:o_wang']);
    });

    it('after she unfollowed the account, the SMS takes the copy', async () => {
      const { report, smsId } = await reporter({ web: ago(2), wechat: ago(1) });
      await saveWechatResident(store.db, 'o_wang', { subscribed: false }, NOW);
      await acceptReport(deps(), LI, report.id);
      expect(await news(report.id)).toEqual(['web:dev-wang', `sms:${smsId}`]);
    });
  });

  it('a colour or a note changes only the officers’ cards', async () => {
    const report = await file();
    await colourReport(deps(), LI, report.id, 'red');
    await addOfficerWords(deps(), LI, report.id, 'note', '邻居说是误会');
    expect((await stored(report.id)).map((n) => [n.kind, n.recipient, n.priority])).toEqual([
      ['report-card-edit', `cards:${report.id}`, 20],
      ['report-card-edit', `cards:${report.id}`, 20],
    ]);
  });

  it('a transaction that fails stores neither the change nor its notices', async () => {
    const report = await file();
    await expect(
      inTransaction(store.db, async (trx) => {
        const result = await acceptReport({ db: trx, now: () => NOW }, LI, report.id);
        expect(result).toMatchObject({ outcome: 'done' });
        throw new Error('the process died before the commit');
      }),
    ).rejects.toThrow(/died/);
    expect((await getReport(store.db, report.id))?.status).toBe('new');
    expect(await noticesOfReport(store.db, report.id)).toEqual([]);
  });

  it('a reporter’s first addition is a fresh card for each chat; later ones edit the cards', async () => {
    const report = await file();
    const first = await addToReport(store.db, {
      reporter: await telegramReporter(store.db, 100001),
      reportId: report.id,
      text: '界石在老槐树下',
      announce: true,
      now: NOW,
    });
    const later = await addToReport(store.db, {
      reporter: await telegramReporter(store.db, 100001),
      reportId: report.id,
      file: { kind: 'photo', fileId: 'AgAC-2' },
      now: NOW,
    });
    if (first.outcome !== 'added' || later.outcome !== 'added') throw new Error('not added');
    expect(first.notices.map((n) => [n.kind, n.recipient, n.payload])).toEqual([
      [
        'report-card',
        STATION_INBOX,
        { reportId: report.id, exactPlace: false, prefixKey: 'card-new-info' },
      ],
      [
        'report-card',
        COUNTY_INBOX,
        { reportId: report.id, exactPlace: true, prefixKey: 'card-new-info' },
      ],
    ]);
    expect(later.notices.map((n) => [n.kind, n.recipient])).toEqual([
      ['report-card-edit', `cards:${report.id}`],
    ]);
  });

  it('a reporter not satisfied reopens the report: cards edited, and a fresh card says so', async () => {
    const report = await file({ anonymous: true });
    await acceptReport(deps(), LI, report.id);
    await moveStatus(deps(), LI, report.id, 'resolved');
    const before = (await noticesOfReport(store.db, report.id)).length;
    const answer = {
      reporter: await telegramReporter(store.db, 100001),
      reportId: report.id,
      satisfied: false,
      now: NOW,
    };
    const result = await giveFeedback(store.db, answer);
    if (result.outcome !== 'done') throw new Error(result.outcome);
    expect(result.report.status).toBe('in_progress');
    expect(result.notices.map((n) => [n.kind, n.recipient])).toEqual([
      ['report-card-edit', `cards:${report.id}`],
      ['report-card', STATION_INBOX],
      ['report-card', COUNTY_INBOX],
    ]);
    expect(result.notices[1]?.payload).toMatchObject({ prefixKey: 'card-reopened' });
    expect(await noticesOfReport(store.db, report.id)).toHaveLength(before + 3);
    // A second tap finds nothing due; someone else's tap is refused.
    expect(await giveFeedback(store.db, answer)).toMatchObject({
      outcome: 'not-due',
      answered: true,
    });
    expect(
      await giveFeedback(store.db, {
        ...answer,
        reporter: await telegramReporter(store.db, 100002),
      }),
    ).toEqual({
      outcome: 'not-due',
      report: null,
    });
  });

  it('an overdue red report is claimed for escalation with its alert to the command chat, once', async () => {
    const old = new Date(NOW.getTime() - 31 * 60_000);
    const { report } = await createSampleReport(store.db, { colour: 'red' }, 'Asia/Shanghai', old);
    const after = { red: 30 * 60_000, yellow: 86_400_000 };
    const first = await escalateReports(store.db, NOW, after);
    expect(first.reports.map((r) => r.id)).toEqual([report.id]);
    expect(await escalateReports(store.db, NOW, after)).toEqual({ reports: [], notices: [] });
    expect(await stored(report.id)).toEqual([
      {
        kind: 'report-card',
        channel: 'telegram',
        recipient: COUNTY_INBOX,
        payload: { reportId: report.id, exactPlace: true, prefixKey: 'card-escalated' },
        priority: 20,
      },
    ]);
  });

  it('retention removes the report’s notices with the rest of its personal data', async () => {
    const report = await file({ anonymous: true });
    await acceptReport(deps(), LI, report.id);
    await moveReport(store.db, report.id, 'accepted', 'rejected', { reject_reason: 'x' });
    expect(await removePersonalData(store.db, new Date(Date.now() + 1000))).toBe(1);
    expect(await noticesOfReport(store.db, report.id)).toEqual([]);
  });
});
