/**
 * The one check before any triage action: the report exists and lies in the officer's scope,
 * as of now (a revoked officer is a resident). Fails closed: no person, no report, no scope.
 * Read inside the action's transaction, so the decision and the change see the same report.
 */
import { covers } from '../../domain/people/roles.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';
import { lockReport } from '../../store/report-history.repository.js';
import { getReport } from '../../store/reports.repository.js';
import type { Officer, Refused } from './triage-outcome.js';

export async function reportInScope(
  db: Db,
  officer: Officer | null,
  reportId: number,
): Promise<Report | Refused> {
  if (db.isTransaction) await lockReport(db, reportId);
  const report = await getReport(db, reportId);
  if (!report) return { outcome: 'refused', why: 'unknown-report' };
  const place = {
    villageCode: report.villageCode,
    townshipCode: report.townshipCode,
    stationCode: report.stationCode,
  };
  if (!officer || !covers(officer, place)) return { outcome: 'refused', why: 'out-of-scope' };
  return report;
}

export function isRefused(x: Report | Refused): x is Refused {
  return 'outcome' in x;
}
