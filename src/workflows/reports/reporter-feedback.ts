/**
 * 回访: after resolution the reporter says whether they are satisfied. Satisfied closes the
 * report; not satisfied reopens it (in progress) and sends the officers a fresh card saying so.
 * Only the reporter may answer (their person, named on the report or behind its relay), once: the move is conditional on the status they were asked
 * about, and a later press finds nothing due and says whether their answer is already recorded. The move, its history and audit rows and the
 * officers' card notices commit together; an anonymous reporter is never the actor.
 */
import type { NewNotice } from '../../domain/notices/notice.js';
import type { Report } from '../../domain/reports/report.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvent, getReport, moveReport, satisfactionOf } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { ownReport } from './reporter-addition.js';
import type { Reporter } from './submit-report.js';

export interface Feedback {
  /** The reporter: their person, whatever the channel (the relay resolves anonymous reports). */
  reporter: Reporter;
  reportId: number;
  satisfied: boolean;
  now?: Date;
}

export type FeedbackResult =
  /**
   * Not this person's report (`report: null`), or no answer is due: it was never resolved, or
   * (`answered`) the reporter's answer is already recorded and nothing changed.
   */
  | { outcome: 'not-due'; report: null }
  | { outcome: 'not-due'; report: Report; answered: boolean }
  /** Answered already (a double tap): nothing changed. */
  | { outcome: 'stale'; report: Report }
  | { outcome: 'done'; report: Report; satisfied: boolean; notices: NewNotice[] };

export function giveFeedback(db: Db, f: Feedback): Promise<FeedbackResult> {
  return inTransaction(db, async (trx) => {
    const report = await ownReport(trx, f.reporter, f.reportId);
    if (!report) return { outcome: 'not-due', report: null };
    if (report.status !== 'resolved' && report.status !== 'mediated')
      return {
        outcome: 'not-due',
        report,
        answered: (await satisfactionOf(trx, report.id)) !== null,
      };
    const now = f.now ?? new Date();
    const moved = f.satisfied
      ? await moveReport(trx, report.id, report.status, 'closed', {
          satisfaction: 'yes',
          closed_at: now.toISOString(),
        })
      : await moveReport(trx, report.id, report.status, 'in_progress', { satisfaction: 'no' });
    if (!moved) return { outcome: 'stale', report };
    const eventId = await addEvent(
      trx,
      report.id,
      null,
      'feedback',
      f.satisfied ? 'satisfied' : 'not satisfied',
    );
    await appendAudit(trx, {
      actorId: null,
      action: f.satisfied ? 'report.feedback.satisfied' : 'report.feedback.reopened',
      subject: `report:${report.id}`,
    });
    const updated = (await getReport(trx, report.id)) ?? report;
    const notices = await enqueueReportNotices(trx, { report: updated, eventId, now });
    // Not satisfied: the officers are asked again, with a fresh card.
    if (!f.satisfied)
      notices.push(
        ...(await enqueueReportNotices(trx, {
          report: updated,
          eventId,
          now,
          cards: { fresh: 'card-reopened' },
        })),
      );
    return { outcome: 'done', report: updated, satisfied: f.satisfied, notices };
  });
}
