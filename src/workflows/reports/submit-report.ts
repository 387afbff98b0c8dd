/**
 * Submitting a report, for any channel. In one transaction: the report (once per submission
 * key), its audit row, and a card notice per destination (station and command chat). Only
 * after this commits may the reporter be told the number; the cards are delivered afterwards by
 * the notice loop, so a crash between the two loses nothing.
 *
 * @example
 * const result = await submitReport({ db, timeZone: 'Asia/Shanghai' }, {
 *   reporter: { personId, webDevice: deviceId }, homeVillageCode: 'wl-hongqi', submissionKey, locale: 'zh-CN',
 *   now: new Date(), draft: { kind: 'clue', category: 'vice', description: '…', anonymous: true },
 * });
 * if (result.outcome === 'stored') reply(result.report.reference);
 */
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { ReportKind } from '../../domain/reports/categories.js';
import { INBOX_CHANNEL, inboxKey, reportDestinations } from '../../domain/reports/destinations.js';
import { type Evidence, MAX_REPORTS_PER_MINUTE, type Report } from '../../domain/reports/report.js';
import { suggestColour } from '../../domain/reports/triage.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { getVillageContext } from '../../store/places.repository.js';
import {
  countRecentReports,
  findBySubmissionKey,
  insertReport,
  isReporterOf,
} from '../../store/reports.repository.js';

/**
 * Who submits: a person of our own, whatever the channel. Kept from officers when anonymous (only
 * the report's relay knows them then).
 */
export interface Reporter {
  personId: number;
  /** Filed from the web: the device whose inbox hears of the report (the web channel's address). */
  webDevice?: string;
}

export interface ReportFields {
  kind: ReportKind;
  category: string;
  description?: string;
  voiceFileId?: string;
  evidence?: Evidence[];
  place?: { villageCode: string } | { text: string } | { latitude: number; longitude: number };
  outsideCounty?: boolean;
  occurredText?: string;
  anonymous: boolean;
}

export interface SubmitReportInput {
  reporter: Reporter;
  /** The reporter's village: it decides the station and township the report belongs to. */
  homeVillageCode: string;
  draft: ReportFields;
  /** Fixed when the draft began; a repeat with the same key returns the same report. */
  submissionKey: string;
  locale: string;
  now: Date;
}

export type SubmitReportResult =
  | { outcome: 'stored'; report: Report; created: boolean; notices: NewNotice[] }
  | { outcome: 'rate-limited' }
  | { outcome: 'no-village' }
  /** The key belongs to someone else's report: nothing is revealed, nothing changes. */
  | { outcome: 'not-yours' };

export interface SubmitReportDeps {
  db: Db;
  timeZone: string;
}

export function submitReport(
  deps: SubmitReportDeps,
  input: SubmitReportInput,
): Promise<SubmitReportResult> {
  return deps.db.transaction().execute(async (trx) => {
    const existing = await findBySubmissionKey(trx, input.submissionKey);
    if (existing)
      return (await isReporterOf(trx, existing, input.reporter.personId))
        ? { outcome: 'stored', report: existing, created: false, notices: [] }
        : { outcome: 'not-yours' };
    const place = await getVillageContext(trx, input.homeVillageCode);
    if (!place) return { outcome: 'no-village' };
    if ((await recentReports(trx, input.reporter, input.now)) >= MAX_REPORTS_PER_MINUTE)
      return { outcome: 'rate-limited' };

    const d = input.draft;
    const where = d.place;
    const { report } = await insertReport(
      trx,
      {
        submissionKey: input.submissionKey,
        kind: d.kind,
        category: d.category,
        colour: suggestColour(d.category, d.description ?? ''),
        description: d.description ?? '',
        voiceFileId: d.voiceFileId ?? null,
        evidence: d.evidence ?? [],
        villageCode: where && 'villageCode' in where ? where.villageCode : place.village.code,
        townshipCode: place.township.code,
        stationCode: place.station.code,
        latitude: where && 'latitude' in where ? where.latitude : null,
        longitude: where && 'longitude' in where ? where.longitude : null,
        placeText: where && 'text' in where ? where.text : null,
        outsideCounty: d.outsideCounty ?? false,
        occurredText: d.occurredText ?? null,
        anonymous: d.anonymous,
        reporterPersonId: input.reporter.personId,
        ...(input.reporter.webDevice ? { reporterDeviceId: input.reporter.webDevice } : {}),
        reporterLanguage: input.locale,
      },
      deps.timeZone,
      input.now,
    );
    await appendAudit(trx, {
      // No actor: the audit log's actors are officers (by Telegram chat); a named reporter is on
      // the report itself, and an anonymous one is never named, not even here.
      actorId: null,
      action: 'report.create',
      subject: `report:${report.id}`,
    });
    // The destinations of the report's own village (a report about a neighbouring village of the
    // same station still goes to that village's station and command chat).
    const reportPlace =
      report.villageCode === place.village.code
        ? place
        : ((await getVillageContext(trx, report.villageCode)) ?? place);
    const notices = reportDestinations(reportPlace).map(
      (dest): NewNotice => ({
        idempotencyKey: `report:${report.id}:card:${inboxKey(dest.inbox)}`,
        channel: INBOX_CHANNEL,
        recipient: inboxKey(dest.inbox),
        kind: 'report-card',
        payload: { reportId: report.id, exactPlace: dest.command },
        priority: report.colour === 'red' ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.normal,
        reportId: report.id,
      }),
    );
    await enqueueNotices(trx, notices, input.now);
    return { outcome: 'stored', report, created: true, notices };
  });
}

function recentReports(db: Db, reporter: Reporter, now: Date): Promise<number> {
  const since = new Date(now.getTime() - 60_000);
  return countRecentReports(db, reporter.personId, since);
}
