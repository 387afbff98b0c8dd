/**
 * 🎁 points for a useful clue or help with mediation. Once per report and reason: a second press
 * (or a second officer) awards nothing more. The award, its history row and its audit row commit
 * together. The reporter's person is credited whatever channel they filed on (Telegram, the web
 * chat, a device opened from WeChat); an anonymous reporter through the relay, never named.
 */
import type { PointsReason } from '../../domain/points/ledger-reason.js';
import { appendAudit } from '../../store/audit.repository.js';
import { inTransaction } from '../../store/in-transaction.js';
import { awardPoints } from '../../store/points.repository.js';
import { hasEvent } from '../../store/report-history.repository.js';
import { addEvent, reporterPersonOf } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { isRefused, reportInScope } from './triage-access.js';
import type { Officer, TriageDeps, TriageResult } from './triage-outcome.js';

export type { PointsReason } from '../../domain/points/ledger-reason.js';

export interface PointsAward {
  points: number;
  reason: PointsReason;
  /** The ledger's words for the reason, as the channel translated them. */
  reasonText: string;
}

export function awardReportPoints(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
  award: PointsAward,
): Promise<TriageResult<{ points: number; balance: number }>> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    // The report row is locked (reportInScope), so two presses are checked one after the other.
    if (await hasEvent(db, report.id, 'points', `${award.reason} `))
      return { outcome: 'unchanged', report, reason: 'already-awarded' };
    const reporter = await reporterPersonOf(db, report);
    if (reporter === null) return { outcome: 'unchanged', report, reason: 'no-recipient' };
    const by = (officer as Officer).personId;
    const balance = await awardPoints(
      db,
      reporter,
      award.points,
      `${award.reasonText} ${report.reference}`,
      by,
      report.id,
    );
    const eventId = await addEvent(db, report.id, by, 'points', `${award.reason} +${award.points}`);
    await appendAudit(db, {
      actorId: by,
      action: 'points.award',
      subject: `report:${report.id}`,
      detail: { points: award.points },
    });
    const notice = {
      key: 'reporter-points',
      vars: { points: String(award.points), balance: String(balance), reason: award.reasonText },
    };
    const notices = await enqueueReportNotices(db, {
      report,
      eventId,
      now: deps.now(),
      wechatTemplate: deps.wechatTemplate,
      reporter: notice,
    });
    return { outcome: 'done', report, points: award.points, balance, notice, notices };
  });
}
