/**
 * What an officer types for a report: an internal note (officers only), a reply relayed to the
 * reporter, or a question asking them to add something. Stored as history with its audit row in
 * one transaction with the card edits; a reply or a question also enqueues the reporter's notice.
 */
import { isOpen } from '../../domain/reports/status.js';
import { appendAudit } from '../../store/audit.repository.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvent } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { isRefused, reportInScope } from './triage-access.js';
import type { Officer, TriageDeps, TriageResult } from './triage-outcome.js';

export type OfficerWords = 'note' | 'reply' | 'ask';

const EVENT = { note: 'note', reply: 'reply', ask: 'info_request' } as const;
const NOTICE = { reply: 'reporter-reply', ask: 'reporter-info-request' } as const;

export const MAX_OFFICER_TEXT = 2000;

export function addOfficerWords(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
  action: OfficerWords,
  text: string,
): Promise<TriageResult> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    // A closed report takes no more words: the card's buttons were from before it closed.
    if (!isOpen(report.status)) return { outcome: 'stale', report };
    const body = text.trim().slice(0, MAX_OFFICER_TEXT);
    if (!body) return { outcome: 'unchanged', report, reason: 'empty' };
    const by = (officer as Officer).personId;
    const type = EVENT[action];
    const eventId = await addEvent(db, report.id, by, type, body);
    await appendAudit(db, {
      actorId: by,
      action: `report.${type}`,
      subject: `report:${report.id}`,
    });
    const notice =
      action === 'note'
        ? undefined
        : { key: NOTICE[action], vars: { text: body, reportId: String(report.id) } };
    const notices = await enqueueReportNotices(db, {
      report,
      eventId,
      now: deps.now(),
      wechatTemplate: deps.wechatTemplate,
      ...(notice ? { reporter: notice } : {}),
    });
    return { outcome: 'done', report, ...(notice ? { notice } : {}), notices };
  });
}
