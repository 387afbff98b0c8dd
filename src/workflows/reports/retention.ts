/**
 * Daily retention: personal data of reports closed longer than the retention period is removed
 * (who reported, the exact place, relays, evidence links), and expired sessions and codes go.
 */

import type { Db } from '../../store/database.js';
import { purgeExpiredKeys } from '../../store/kv-store.js';
import { removePersonalData } from '../../store/reports.repository.js';

const DAY_MS = 86_400_000;

export async function purgeOldPersonalData(
  db: Db,
  retentionDays: number,
  now: Date,
): Promise<{ reports: number; expiredKeys: number }> {
  const reports = await removePersonalData(
    db,
    new Date(now.getTime() - retentionDays * DAY_MS),
    now,
  );
  const expiredKeys = await purgeExpiredKeys(db, now);
  return { reports, expiredKeys };
}
