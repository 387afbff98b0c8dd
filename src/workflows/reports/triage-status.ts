/**
 * Accepting a report and moving it through its statuses (including rejecting it with a reason).
 * The move is conditional on the status the officer saw, so two officers pressing at once
 * cannot both win; the history row, the audit row, the card edits and the reporter's news
 * commit with the move.
 */
import { canMove, type ReportStatus } from '../../domain/reports/status.js';
import { appendAudit } from '../../store/audit.repository.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvent, getReport, moveReport } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { isRefused, reportInScope } from './triage-access.js';
import type { Officer, ReporterNotice, TriageDeps, TriageResult } from './triage-outcome.js';

export function acceptReport(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
): Promise<TriageResult> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    const by = (officer as Officer).personId;
    const moved = await moveReport(db, report.id, 'new', 'accepted', {
      assigned_officer_id: by,
      accepted_at: deps.now().toISOString(),
    });
    if (!moved) return { outcome: 'unchanged', report, reason: 'taken' };
    const eventId = await addEvent(db, report.id, by, 'status', 'accepted');
    await appendAudit(db, {
      actorId: by,
      action: 'report.accept',
      subject: `report:${report.id}`,
      detail: { officer: by },
    });
    const updated = (await getReport(db, report.id)) ?? report;
    const notice = { key: 'reporter-accepted', vars: { officer: officer?.firstName ?? '' } };
    const notices = await enqueueReportNotices(db, {
      report: updated,
      eventId,
      now: deps.now(),
      wechatTemplate: deps.wechatTemplate,
      reporter: notice,
    });
    return { outcome: 'done', report: updated, notice, notices };
  });
}

export function moveStatus(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
  to: ReportStatus,
  rejectReason?: string,
): Promise<TriageResult> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    // The card showed a move the report can no longer make: it was changed since.
    if (to === 'accepted' || !canMove(report.status, to)) return { outcome: 'stale', report };
    const by = (officer as Officer).personId;
    const finished = to === 'closed' || to === 'rejected';
    const moved = await moveReport(db, report.id, report.status, to, {
      ...(finished ? { closed_at: deps.now().toISOString() } : {}),
      ...(rejectReason ? { reject_reason: rejectReason } : {}),
    });
    if (!moved) return { outcome: 'stale', report };
    const eventId = await addEvent(db, report.id, by, 'status', to);
    await appendAudit(db, {
      actorId: by,
      action: 'report.status',
      subject: `report:${report.id}`,
      detail: { from: report.status, to },
    });
    const updated = (await getReport(db, report.id)) ?? report;
    const notice: ReporterNotice =
      to === 'rejected'
        ? { key: 'reporter-rejected', vars: { reason: rejectReason ?? '' } }
        : { key: 'reporter-status', vars: {} };
    const notices = await enqueueReportNotices(db, {
      report: updated,
      eventId,
      now: deps.now(),
      wechatTemplate: deps.wechatTemplate,
      reporter: notice,
    });
    return { outcome: 'done', report: updated, notice, notices };
  });
}
