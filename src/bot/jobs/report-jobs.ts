/**
 * Scheduled work on reports: re-alert the county when a red report waits 30 minutes (yellow: 24
 * hours) without being accepted; each morning give every station its open reports by colour and
 * age (滚动排查); and remove personal data from reports closed longer than the retention period.
 */
import { localize } from '../../domain/locale.js';
import { ESCALATE_AFTER_MS } from '../../domain/reports/status.js';
import { purgeExpiredKeys } from '../../store/kv-store.js';
import { listStations } from '../../store/places.repository.js';
import {
  oldestOpenReports,
  openCountsByColour,
  removePersonalData,
} from '../../store/reports.repository.js';
import { escalateReports } from '../../workflows/reports/escalate-reports.js';
import { COLOUR_EMOJI } from '../features/reports/card.js';
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

/** At most this many reports are listed in one digest; the counts cover every open report. */
const DIGEST_LINES = 50;

export async function sendDailyDigest(deps: RoutingDeps, now = new Date()): Promise<number> {
  let sent = 0;
  for (const station of await listStations(deps.db)) {
    if (station.chatId === null) continue;
    const counts = await openCountsByColour(deps.db, station.code);
    const oldest = await oldestOpenReports(deps.db, station.code, DIGEST_LINES);
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate('zh-CN', key, vars);
    const lines = oldest.map((r) =>
      t('digest-line', {
        colour: COLOUR_EMOJI[r.colour],
        reference: r.reference,
        status: t(`status-${r.status}`),
        days: Math.floor((now.getTime() - Date.parse(r.createdAt)) / 86_400_000),
      }),
    );
    const text = [
      t('digest-title', { station: localize(station.name, 'zh-CN'), ...counts }),
      ...(lines.length ? lines : [t('digest-empty')]),
    ].join('\n');
    try {
      await deps.api.sendMessage(station.chatId, text);
      sent++;
    } catch (error) {
      deps.logger.warn('daily digest could not be sent', { station: station.code, error });
    }
  }
  return sent;
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
