/**
 * Each morning every station's group gets its open reports by colour and age (滚动排查): the
 * counts over every open report, and the oldest ones listed. The digest is a notice per station
 * and day, so a failed send is retried by the notice loop, and several replicas running the same
 * cron job queue it once (the idempotency key is the station and the county's day).
 */
import { localize } from '../../domain/locale.js';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { COLOUR_MARK } from '../../domain/reports/categories.js';
import { INBOX_CHANNEL, inboxKey } from '../../domain/reports/destinations.js';
import { countyDay } from '../../domain/time/county-day.js';
import type { Db } from '../../store/database.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { listStations } from '../../store/places.repository.js';
import { oldestOpenReports, openCountsByColour } from '../../store/reports.repository.js';

/** At most this many reports are listed in one digest; the counts cover every open report. */
export const DIGEST_LINES = 50;

const DAY_MS = 86_400_000;

export async function queueDailyDigest(
  db: Db,
  now: Date,
  timeZone: string,
): Promise<{ notices: NewNotice[] }> {
  const day = countyDay(now, timeZone);
  const notices: NewNotice[] = [];
  for (const station of await listStations(db)) {
    if (station.inbox === null) continue;
    const counts = await openCountsByColour(db, station.code);
    const oldest = await oldestOpenReports(db, station.code, DIGEST_LINES);
    const lines = oldest.map((r) => ({
      key: 'digest-line',
      vars: {
        colour: COLOUR_MARK[r.colour],
        reference: r.reference,
        status: { key: `status-${r.status}` },
        days: Math.floor((now.getTime() - Date.parse(r.createdAt)) / DAY_MS),
      },
    }));
    notices.push({
      idempotencyKey: `digest:${station.code}:${day}`,
      channel: INBOX_CHANNEL,
      recipient: inboxKey({ kind: 'station', station: station.code }),
      kind: 'message',
      payload: {
        key: 'digest-title',
        vars: { station: localize(station.name, 'zh-CN'), ...counts },
        lines: lines.length ? lines : [{ key: 'digest-empty' }],
      },
      priority: NOTICE_PRIORITY.normal,
    });
  }
  // One statement: every station's digest is queued, or none is.
  await enqueueNotices(db, notices, now);
  return { notices };
}
