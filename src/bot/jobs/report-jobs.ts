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
  claimEscalations,
  listReports,
  removePersonalData,
} from '../../store/reports.repository.js';
import { COLOUR_EMOJI } from '../features/reports/card.js';
import { type RoutingDeps, routeReport } from '../features/reports/routing.js';

export async function escalateOverdueReports(deps: RoutingDeps, now = new Date()): Promise<number> {
  const due = await claimEscalations(deps.db, now, ESCALATE_AFTER_MS);
  for (const report of due) await routeReport(deps, report, 'card-escalated', true);
  return due.length;
}

const COLOUR_ORDER = { red: 0, yellow: 1, green: 2 } as const;

export async function sendDailyDigest(deps: RoutingDeps, now = new Date()): Promise<number> {
  let sent = 0;
  for (const station of await listStations(deps.db)) {
    if (station.chatId === null) continue;
    const open = await listReports(deps.db, {
      stationCode: station.code,
      status: 'open',
      limit: 200,
    });
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate('zh-CN', key, vars);
    const lines = open
      .sort(
        (a, b) =>
          COLOUR_ORDER[a.colour] - COLOUR_ORDER[b.colour] || a.createdAt.localeCompare(b.createdAt),
      )
      .slice(0, 50)
      .map((r) =>
        t('digest-line', {
          colour: COLOUR_EMOJI[r.colour],
          reference: r.reference,
          status: t(`status-${r.status}`),
          days: Math.floor((now.getTime() - Date.parse(r.createdAt)) / 86_400_000),
        }),
      );
    const counts = { red: 0, yellow: 0, green: 0 };
    for (const r of open) counts[r.colour]++;
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
