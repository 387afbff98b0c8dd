/**
 * 回访: after resolution the reporter says whether they are satisfied. Satisfied closes the
 * report; not satisfied reopens it (in progress) and sends the officers a fresh card saying so.
 * Only the reporter may answer (through the relay for anonymous reports), once: the move is
 * conditional on the status they were asked about. The move, its history and audit rows and the
 * officers' card notices commit together; an anonymous reporter is never the actor.
 */
import type { NewNotice } from '../../domain/notices/notice.js';
import type { Report } from '../../domain/reports/report.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvent, getReport, moveReport } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { ownReport } from './reporter-addition.js';

export interface Feedback {
  /** The reporter, as the channel knows them (the relay resolves anonymous reports to them). */
  reporterId: number;
  reportId: number;
  satisfied: boolean;
  now?: Date;
}

export type FeedbackResult =
  /** Not this person's report, or no answer is due (it was never resolved). */
  | { outcome: 'not-due'; report: Report | null }
  /** Answered already (a double tap): nothing changed. */
  | { outcome: 'stale'; report: Report }
  | { outcome: 'done'; report: Report; satisfied: boolean; notices: NewNotice[] };

export function giveFeedback(db: Db, f: Feedback): Promise<FeedbackResult> {
  return inTransaction(db, async (trx) => {
    const report = await ownReport(trx, { telegramId: f.reporterId }, f.reportId);
    if (!report || (report.status !== 'resolved' && report.status !== 'mediated'))
      return { outcome: 'not-due', report };
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
