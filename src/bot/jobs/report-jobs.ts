/**
 * Scheduled work on reports: re-alert the county when a red report waits 30 minutes (yellow: 24
 * hours) without being accepted, and remove personal data from reports closed longer than the
 * retention period. The morning digest is a workflow (`src/workflows/reports/daily-digest.ts`).
 */
import { ESCALATE_AFTER_MS } from '../../domain/reports/status.js';
import { purgeExpiredKeys } from '../../store/kv-store.js';
import { removePersonalData } from '../../store/reports.repository.js';
import { escalateReports } from '../../workflows/reports/escalate-reports.js';
import type { RoutingDeps } from '../features/reports/routing.js';

/** The alerts are notices: the notice loop sends them (it polls every few seconds). */
export async function escalateOverdueReports(
  deps: Pick<RoutingDeps, 'db'> & { wakeNotices?: () => void },
  now = new Date(),
): Promise<number> {
  const { reports, notices } = await escalateReports(deps.db, now, ESCALATE_AFTER_MS);
  if (notices.length) deps.wakeNotices?.();
  return reports.length;
}

/** Daily: personal data of reports closed longer than the retention, and expired sessions. */
export async function purgeOldPersonalData(
  deps: RoutingDeps,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const reports = await removePersonalData(
    deps.db,
    new Date(now.getTime() - retentionDays * 86_400_000),
    now,
  );
  const keys = await purgeExpiredKeys(deps.db, now);
  if (keys) deps.logger.info('expired sessions and codes removed', { count: keys });
  return reports;
}
