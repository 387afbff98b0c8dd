/**
 * Escalation: a red report not accepted in 30 minutes (yellow: 24 hours) re-alerts the command
 * chat with a fresh card. Claiming a report and enqueueing its alert commit together, so a
 * crash never leaves a report marked escalated whose alert was never sent; each report is
 * escalated once (its `escalated_at`), which also keys the alert.
 */
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { INBOX_CHANNEL, inboxKey, reportDestinations } from '../../domain/reports/destinations.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { getVillageContext } from '../../store/places.repository.js';
import { claimEscalations } from '../../store/reports.repository.js';

export function escalateReports(
  db: Db,
  now: Date,
  after: { red: number; yellow: number },
): Promise<{ reports: Report[]; notices: NewNotice[] }> {
  return inTransaction(db, async (trx) => {
    const reports = await claimEscalations(trx, now, after);
    const notices: NewNotice[] = [];
    for (const report of reports) {
      const place = await getVillageContext(trx, report.villageCode);
      for (const dest of place ? reportDestinations(place) : []) {
        if (!dest.command) continue;
        notices.push({
          idempotencyKey: `report:${report.id}:escalated:${inboxKey(dest.inbox)}`,
          channel: INBOX_CHANNEL,
          recipient: inboxKey(dest.inbox),
          kind: 'report-card',
          payload: { reportId: report.id, exactPlace: true, prefixKey: 'card-escalated' },
          priority: NOTICE_PRIORITY.urgent,
          reportId: report.id,
        });
      }
    }
    await enqueueNotices(trx, notices, now);
    return { reports, notices };
  });
}
