/**
 * 🚫 号码入库: the officer confirms a telecom-fraud clue, and its numbers and links warn the next
 * villager who checks them. Once per report: a second press counts nothing twice. The entries, the
 * history row and the audit row commit together.
 */
import { extractChannels } from '../../domain/fraud/index.js';
import { appendAudit } from '../../store/audit.repository.js';
import { addToBlocklist } from '../../store/blocklist.repository.js';
import { inTransaction } from '../../store/in-transaction.js';
import { hasEvent } from '../../store/report-history.repository.js';
import { addEvent } from '../../store/reports.repository.js';
import { isRefused, reportInScope } from './triage-access.js';
import type { Officer, TriageDeps, TriageResult } from './triage-outcome.js';

export function blocklistReport(
  deps: TriageDeps,
  officer: Officer | null,
  reportId: number,
): Promise<TriageResult<{ entries: number }>> {
  return inTransaction(deps.db, async (db) => {
    const report = await reportInScope(db, officer, reportId);
    if (isRefused(report)) return report;
    if (report.category !== 'fraud') return { outcome: 'unchanged', report, reason: 'not-fraud' };
    // Earlier versions left a note `blocklist: <n>`; either marks the report as done.
    if (
      (await hasEvent(db, report.id, 'blocklist', '')) ||
      (await hasEvent(db, report.id, 'note', 'blocklist:'))
    )
      return { outcome: 'unchanged', report, reason: 'already-blocklisted' };
    const by = (officer as Officer).personId;
    const channels = extractChannels(report.description);
    for (const c of channels) await addToBlocklist(db, c.kind, c.key, by, deps.now());
    await addEvent(db, report.id, by, 'blocklist', String(channels.length));
    await appendAudit(db, {
      actorId: by,
      action: 'blocklist.add',
      subject: `report:${report.id}`,
      detail: { entries: channels.length },
    });
    return { outcome: 'done', report, entries: channels.length, notices: [] };
  });
}
