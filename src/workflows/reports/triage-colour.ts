/** The officer's colour for a report (red, yellow, green), with its history and audit rows and card edits. */
import { COLOURS, type Colour } from '../../domain/reports/categories.js';
import { appendAudit } from '../../store/audit.repository.js';
import { inTransaction } from '../../store/in-transaction.js';
import { addEvent, getReport, setColour } from '../../store/reports.repository.js';
import { enqueueReportNotices } from './report-notices.js';
import { isRefused, reportInScope } from './triage-access.js';
import type { Officer, TriageDeps, TriageResult } from './triage-outcome.js';

export function colourReport(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
  colour: Colour,
): Promise<TriageResult> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    if (!COLOURS.includes(colour) || report.colour === colour)
      return { outcome: 'unchanged', report, reason: 'same-colour' };
    const by = (officer as Officer).personId;
    await setColour(db, report.id, colour);
    const eventId = await addEvent(db, report.id, by, 'colour', colour);
    await appendAudit(db, {
      actorId: by,
      action: 'report.colour',
      subject: `report:${report.id}`,
      detail: { from: report.colour, to: colour },
    });
    const updated = (await getReport(db, report.id)) ?? report;
    // The colour is for officers: their cards change, the reporter is not told.
    const notices = await enqueueReportNotices(db, { report: updated, eventId, now: deps.now() });
    return { outcome: 'done', report: updated, notices };
  });
}
