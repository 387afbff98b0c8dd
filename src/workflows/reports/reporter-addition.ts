/**
 * A reporter adds to one of their open reports: more words (often the answer to an officer's
 * "please add"), or a photo, video or file sent afterwards. Only the reporter may add, checked
 * by person (named on the report, or behind its relay when anonymous); the entry carries no actor
 * (actors are officers), so nothing officers see ties it to a person. The addition, its audit row and the officers' card
 * notices commit together: the first addition of a sitting comes as a fresh card ("the reporter
 * added information"), later ones edit the cards already shown.
 */
import type { NewNotice } from '../../domain/notices/notice.js';
import type { EvidenceKind, Report } from '../../domain/reports/report.js';
import { isOpen } from '../../domain/reports/status.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvidence } from '../../store/report-history.repository.js';
import { addEvent, getReport, isReporterOf } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import type { Reporter } from './submit-report.js';

export interface Addition {
  /** The reporter: their person, whatever the channel. */
  reporter: Reporter;
  reportId: number;
  text?: string;
  file?: { kind: EvidenceKind; fileId: string };
  /** A fresh card for the officers (the first addition of a sitting); else the cards are edited. */
  announce?: boolean;
  now?: Date;
}

export type AdditionResult =
  | { outcome: 'not-yours' }
  | { outcome: 'closed'; report: Report }
  | { outcome: 'empty'; report: Report }
  | { outcome: 'added'; report: Report; text: boolean; file: boolean; notices: NewNotice[] };

export const MAX_ADDITION = 2000;

/** The report, if this person filed it (named or anonymous). */
export async function ownReport(
  db: Db,
  reporter: Reporter,
  reportId: number,
): Promise<Report | null> {
  if (!Number.isSafeInteger(reportId) || reportId <= 0) return null;
  const report = await getReport(db, reportId);
  return report && (await isReporterOf(db, report, reporter.personId)) ? report : null;
}

export function addToReport(db: Db, a: Addition): Promise<AdditionResult> {
  return inTransaction(db, async (trx) => {
    const report = await ownReport(trx, a.reporter, a.reportId);
    if (!report) return { outcome: 'not-yours' };
    if (!isOpen(report.status)) return { outcome: 'closed', report };
    const text = (a.text ?? '').trim().slice(0, MAX_ADDITION);
    if (!text && !a.file) return { outcome: 'empty', report };
    // History and audit actors are officers' persons; the reporter is the report's own.
    const actor = null;
    let eventId = 0;
    if (text) eventId = await addEvent(trx, report.id, actor, 'reporter_info', text);
    if (a.file) {
      await addEvidence(trx, report.id, a.file);
      eventId = await addEvent(trx, report.id, actor, 'reporter_evidence', a.file.kind);
    }
    await appendAudit(trx, {
      actorId: actor,
      action: 'report.reporter_info',
      subject: `report:${report.id}`,
      detail: { text: text.length > 0, file: a.file !== undefined },
    });
    const updated = (await getReport(trx, report.id)) ?? report;
    const notices = await enqueueReportNotices(trx, {
      report: updated,
      eventId,
      now: a.now ?? new Date(),
      cards: a.announce ? { fresh: 'card-new-info' } : 'edit',
    });
    return {
      outcome: 'added',
      report: updated,
      text: text.length > 0,
      file: a.file !== undefined,
      notices,
    };
  });
}
