/**
 * A reporter adds to one of their open reports: more words (often the answer to an officer's
 * "please add"), or a photo, video or file sent afterwards. Only the reporter may add, checked
 * through the relay (Telegram) or the device that filed it (web); a reporter's entry carries a
 * Telegram id only for a named Telegram report, so nothing officers see ties an anonymous one
 * to a person. The addition, its audit row and (when asked) fresh cards for the officers'
 * chats commit together.
 */
import { randomUUID } from 'node:crypto';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { reportDestinations } from '../../domain/reports/destinations.js';
import type { EvidenceKind, Report } from '../../domain/reports/report.js';
import { isOpen } from '../../domain/reports/status.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { getVillageContext } from '../../store/places.repository.js';
import { addEvidence } from '../../store/report-history.repository.js';
import { addEvent, getReport, isReporterOf } from '../../store/reports.repository.js';
import type { Reporter } from './submit-report.js';

export interface Addition {
  /** The reporter, as the channel knows them: a Telegram person or a web device. */
  reporter: Reporter;
  reportId: number;
  text?: string;
  file?: { kind: EvidenceKind; fileId: string };
  /**
   * Enqueue a fresh card for the report's station and command chats in the same transaction
   * (the web chat; the Telegram adapter sends its own "new information" card).
   */
  announce?: { now: Date };
}

export type AdditionResult =
  | { outcome: 'not-yours' }
  | { outcome: 'closed'; report: Report }
  | { outcome: 'empty'; report: Report }
  | { outcome: 'added'; report: Report; text: boolean; file: boolean; notices: NewNotice[] };

export const MAX_ADDITION = 2000;

/** The report, if this person or device filed it (named or anonymous). */
export async function ownReport(
  db: Db,
  reporter: Reporter,
  reportId: number,
): Promise<Report | null> {
  if (!Number.isSafeInteger(reportId) || reportId <= 0) return null;
  const report = await getReport(db, reportId);
  return report && (await isReporterOf(db, report, reporter)) ? report : null;
}

/** Cards that tell the report's officers' chats something was added (web additions). */
async function announce(db: Db, report: Report, now: Date): Promise<NewNotice[]> {
  const place = await getVillageContext(db, report.villageCode);
  if (!place) return [];
  const tag = randomUUID();
  const notices = reportDestinations(place).map(
    (dest): NewNotice => ({
      idempotencyKey: `report:${report.id}:added:${tag}:card:${dest.chatId}`,
      channel: 'telegram',
      recipient: String(dest.chatId),
      kind: 'report-card',
      payload: { reportId: report.id, exactPlace: dest.command },
      priority: report.colour === 'red' ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.normal,
      reportId: report.id,
    }),
  );
  await enqueueNotices(db, notices, now);
  return notices;
}

export function addToReport(db: Db, a: Addition): Promise<AdditionResult> {
  return inTransaction(db, async (trx) => {
    const report = await ownReport(trx, a.reporter, a.reportId);
    if (!report) return { outcome: 'not-yours' };
    if (!isOpen(report.status)) return { outcome: 'closed', report };
    const text = (a.text ?? '').trim().slice(0, MAX_ADDITION);
    if (!text && !a.file) return { outcome: 'empty', report };
    const actor = !report.anonymous && 'telegramId' in a.reporter ? a.reporter.telegramId : null;
    if (text) await addEvent(trx, report.id, actor, 'reporter_info', text);
    if (a.file) {
      await addEvidence(trx, report.id, a.file);
      await addEvent(trx, report.id, actor, 'reporter_evidence', a.file.kind);
    }
    await appendAudit(trx, {
      actorId: actor,
      action: 'report.reporter_info',
      subject: `report:${report.id}`,
      detail: { text: text.length > 0, file: a.file !== undefined },
    });
    const updated = (await getReport(trx, report.id)) ?? report;
    return {
      outcome: 'added',
      report: updated,
      text: text.length > 0,
      file: a.file !== undefined,
      notices: a.announce ? await announce(trx, updated, a.announce.now) : [],
    };
  });
}
