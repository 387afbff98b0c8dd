/**
 * Every week each station group gets the questions its villagers asked that the bot could not
 * answer or did not solve, and the scam checks its officers marked wrong: the material for better
 * answers and rules. A notice per station and week, so a failed send is retried and replicas
 * running the same cron job queue it once; it is rendered when sent, from what is stored.
 */
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { INBOX_CHANNEL, inboxKey } from '../../domain/reports/destinations.js';
import { countyDay } from '../../domain/time/county-day.js';
import type { Db } from '../../store/database.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { listStations } from '../../store/places.repository.js';

const WEEK_MS = 7 * 86_400_000;

export async function queueWeeklyQuestionReports(
  db: Db,
  now: Date,
  timeZone: string,
): Promise<{ notices: NewNotice[] }> {
  const from = new Date(now.getTime() - WEEK_MS).toISOString();
  const notices: NewNotice[] = (await listStations(db))
    .filter((station) => station.inbox !== null)
    .map((station) => ({
      idempotencyKey: `questions-report:${station.code}:${countyDay(now, timeZone)}`,
      channel: INBOX_CHANNEL,
      recipient: inboxKey({ kind: 'station', station: station.code }),
      kind: 'questions-report',
      payload: { stationCode: station.code, from, to: now.toISOString() },
      priority: NOTICE_PRIORITY.low,
    }));
  await enqueueNotices(db, notices, now);
  return { notices };
}
