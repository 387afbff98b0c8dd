/**
 * Reports: stored in one transaction with their evidence, first history entry and (for anonymous
 * reporters) the relay, before anyone is told a reference number. A repeated submission with the
 * same key returns the report already stored instead of creating a second one.
 */

import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { ReporterAddress } from '../domain/notices/reporter-address.js';
import { telegramAddress, webAddress } from '../domain/people/addresses.js';
import type { Colour, ReportKind } from '../domain/reports/categories.js';
import { dayKey, formatReference } from '../domain/reports/reference.js';
import type { Evidence, EvidenceKind, Report } from '../domain/reports/report.js';
import type { ReportStatus } from '../domain/reports/status.js';
import type { Db } from './database.js';
import { ensurePerson } from './people.repository.js';
import type { ReportTable } from './schema.js';

type Row = Omit<ReportTable, 'id'> & { id: number };

export function toReport(row: Row, evidence: Evidence[] = []): Report {
  return {
    id: Number(row.id),
    reference: row.reference,
    kind: row.kind as ReportKind,
    category: row.category,
    colour: row.colour as Colour,
    status: row.status as ReportStatus,
    description: row.description,
    evidence,
    place: {
      villageCode: row.village_code,
      latitude: row.latitude,
      longitude: row.longitude,
      text: row.place_text,
      outsideCounty: row.outside_county === 1,
    },
    occurredText: row.occurred_text,
    anonymous: row.anonymous === 1,
    reporterId: row.reporter_id,
    relayKey: row.relay_key,
    villageCode: row.village_code,
    townshipCode: row.township_code,
    stationCode: row.station_code,
    assignedOfficerId: row.assigned_officer_id,
    rejectReason: row.reject_reason,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
    escalatedAt: row.escalated_at,
  };
}

export interface NewReport {
  submissionKey: string;
  kind: ReportKind;
  category: string;
  colour: Colour;
  description: string;
  voiceFileId: string | null;
  evidence: Evidence[];
  villageCode: string;
  townshipCode: string;
  stationCode: string;
  latitude: number | null;
  longitude: number | null;
  placeText: string | null;
  outsideCounty: boolean;
  occurredText: string | null;
  anonymous: boolean;
  /** Null for a web reporter, who has `reporterDeviceId` instead. */
  reporterTelegramId: number | null;
  reporterDeviceId?: string;
  reporterLanguage: string;
}

/** Stores a report in its own transaction: for callers outside a workflow (the CLI, fixtures). */
export async function createReport(
  db: Db,
  r: NewReport,
  timeZone: string,
  now = new Date(),
): Promise<{ report: Report; created: boolean }> {
  return db.transaction().execute((trx) => insertReport(trx, r, timeZone, now));
}

/** The report stored under a submission key, if any. */
export async function findBySubmissionKey(db: Db, submissionKey: string): Promise<Report | null> {
  const row = await db
    .selectFrom('reports')
    .selectAll()
    .where('submission_key', '=', submissionKey)
    .executeTakeFirst();
  return row ? toReport(row as Row, await evidenceOf(db, Number(row.id))) : null;
}

/**
 * Stores a report with its evidence, first history entry and relay, inside the caller's
 * transaction. A submission key already stored returns that report, `created: false`.
 */
export async function insertReport(
  trx: Db,
  r: NewReport,
  timeZone: string,
  now: Date,
): Promise<{ report: Report; created: boolean }> {
  const existing = await trx
    .selectFrom('reports')
    .selectAll()
    .where('submission_key', '=', r.submissionKey)
    .executeTakeFirst();
  if (existing)
    return {
      report: toReport(existing as Row, await evidenceOf(trx, Number(existing.id))),
      created: false,
    };

  const day = dayKey(now, timeZone);
  const counter = await trx
    .insertInto('report_counters')
    .values({ day, last: 1 })
    .onConflict((oc) =>
      oc.column('day').doUpdateSet((eb) => ({ last: eb('report_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();

  let relayKey: string | null = null;
  // A relay points back to a Telegram chat; a web reporter is found through the device below.
  if (r.anonymous && r.reporterTelegramId !== null) {
    relayKey = randomBytes(16).toString('base64url');
    await trx
      .insertInto('report_relays')
      .values({
        relay_key: relayKey,
        telegram_id: r.reporterTelegramId,
        created_at: now.toISOString(),
      })
      .execute();
  }
  const at = now.toISOString();
  const row = await trx
    .insertInto('reports')
    .values({
      reference: formatReference(day, Number(counter.last)),
      submission_key: r.submissionKey,
      kind: r.kind,
      category: r.category,
      colour: r.colour,
      status: 'new',
      description: r.description,
      voice_file_id: r.voiceFileId,
      village_code: r.villageCode,
      township_code: r.townshipCode,
      station_code: r.stationCode,
      latitude: r.latitude,
      longitude: r.longitude,
      place_text: r.placeText,
      outside_county: r.outsideCounty ? 1 : 0,
      occurred_text: r.occurredText,
      anonymous: r.anonymous ? 1 : 0,
      reporter_id: r.anonymous ? null : r.reporterTelegramId,
      relay_key: relayKey,
      reporter_language: r.reporterLanguage,
      assigned_officer_id: null,
      reject_reason: null,
      satisfaction: null,
      created_at: at,
      updated_at: at,
      accepted_at: null,
      closed_at: null,
      escalated_at: null,
      personal_data_removed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  for (const e of r.evidence)
    await trx
      .insertInto('report_evidence')
      .values({ report_id: id, kind: e.kind, file_id: e.fileId })
      .execute();
  if (r.reporterDeviceId)
    await trx
      .insertInto('report_web_reporters')
      .values({ report_id: id, device_id: r.reporterDeviceId })
      .execute();
  await trx
    .insertInto('report_events')
    .values({ report_id: id, at, actor_id: null, type: 'created', body: null })
    .execute();
  return { report: toReport(row as Row, r.evidence), created: true };
}

async function evidenceOf(db: Db, reportId: number): Promise<Evidence[]> {
  const rows = await db
    .selectFrom('report_evidence')
    .select(['kind', 'file_id'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
  return rows.map((e) => ({ kind: e.kind as EvidenceKind, fileId: e.file_id }));
}

export async function getReport(db: Db, id: number): Promise<Report | null> {
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toReport(row as Row, await evidenceOf(db, id)) : null;
}

/** The Telegram chat to relay to. Only the bot calls this; no officer view shows the result. */
export async function reporterChatOf(db: Db, report: Report): Promise<number | null> {
  if (report.reporterId !== null) return report.reporterId;
  if (!report.relayKey) return null;
  const relay = await db
    .selectFrom('report_relays')
    .select('telegram_id')
    .where('relay_key', '=', report.relayKey)
    .executeTakeFirst();
  return relay?.telegram_id ?? null;
}

/**
 * The person who filed a report, whatever the channel: the named or relayed Telegram user, or
 * the web device's person (made on the spot for a device from before people existed). For the
 * workflows that credit the reporter; never shown to officers.
 */
export async function reporterPersonOf(db: Db, report: Report): Promise<number | null> {
  const chat = await reporterChatOf(db, report);
  if (chat !== null) return ensurePerson(db, telegramAddress(chat));
  const web = await db
    .selectFrom('report_web_reporters')
    .select('device_id')
    .where('report_id', '=', report.id)
    .executeTakeFirst();
  return web ? ensurePerson(db, webAddress(web.device_id)) : null;
}

/**
 * Where the reporter hears about this report: their chat if named, the relay if anonymous (never
 * resolved here, so the address stored with a notice names no one), or the web device.
 */
export async function reporterAddressOf(db: Db, report: Report): Promise<ReporterAddress | null> {
  if (report.reporterId !== null) return { channel: 'telegram', chatId: report.reporterId };
  if (report.relayKey) return { channel: 'telegram', relayKey: report.relayKey };
  const web = await db
    .selectFrom('report_web_reporters')
    .select('device_id')
    .where('report_id', '=', report.id)
    .executeTakeFirst();
  return web ? { channel: 'web', deviceId: web.device_id } : null;
}

/** The Telegram chat behind a relay, for the channel only at the moment it sends. */
export async function relayChatOf(db: Db, relayKey: string): Promise<number | null> {
  const relay = await db
    .selectFrom('report_relays')
    .select('telegram_id')
    .where('relay_key', '=', relayKey)
    .executeTakeFirst();
  return relay ? Number(relay.telegram_id) : null;
}

export async function reporterLanguageOf(db: Db, reportId: number): Promise<string> {
  const row = await db
    .selectFrom('reports')
    .select('reporter_language')
    .where('id', '=', reportId)
    .executeTakeFirst();
  return row?.reporter_language ?? 'zh-CN';
}

/** Reports filed by this person, named or anonymous, newest first. */
export async function reportsOfReporter(db: Db, telegramId: number, limit = 20): Promise<Report[]> {
  const rows = await db
    .selectFrom('reports')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('reporter_id', '=', telegramId),
        eb(
          'relay_key',
          'in',
          eb.selectFrom('report_relays').select('relay_key').where('telegram_id', '=', telegramId),
        ),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toReport(r as Row));
}

/** Reports a web device filed, named or anonymous, newest first (only the web channel asks). */
export async function reportsOfWebReporter(
  db: Db,
  deviceId: string,
  limit = 20,
): Promise<Report[]> {
  const rows = await db
    .selectFrom('reports')
    .innerJoin('report_web_reporters as w', 'w.report_id', 'reports.id')
    .selectAll('reports')
    .where('w.device_id', '=', deviceId)
    .orderBy('reports.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toReport(r as Row));
}

export async function countRecentReports(db: Db, telegramId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', since.toISOString())
    .where((eb) =>
      eb.or([
        eb('reporter_id', '=', telegramId),
        eb(
          'relay_key',
          'in',
          eb.selectFrom('report_relays').select('relay_key').where('telegram_id', '=', telegramId),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Reports a web device filed since a date, for the same per-minute limit as on Telegram. */
export async function countRecentWebReports(
  db: Db,
  deviceId: string,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .innerJoin('report_web_reporters as w', 'w.report_id', 'reports.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('w.device_id', '=', deviceId)
    .where('reports.created_at', '>=', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether this Telegram person or web device filed the report (named or anonymous). */
export async function isReporterOf(
  db: Db,
  report: Report,
  who: { telegramId: number } | { deviceId: string },
): Promise<boolean> {
  if ('deviceId' in who) {
    const row = await db
      .selectFrom('report_web_reporters')
      .select('device_id')
      .where('report_id', '=', report.id)
      .executeTakeFirst();
    return row?.device_id === who.deviceId;
  }
  return (await reporterChatOf(db, report)) === who.telegramId;
}

/** Moves a report on, if it is still where the caller saw it; false if someone else moved it first. */
export async function moveReport(
  db: Db,
  id: number,
  from: ReportStatus,
  to: ReportStatus,
  fields: Partial<
    Pick<
      ReportTable,
      'assigned_officer_id' | 'reject_reason' | 'accepted_at' | 'closed_at' | 'satisfaction'
    >
  > = {},
): Promise<boolean> {
  const now = new Date().toISOString();
  // Retention counts from closing: closed_at is set on closing or rejecting, cleared on reopening.
  const closedAt = to === 'closed' || to === 'rejected' ? (fields.closed_at ?? now) : null;
  const result = await db
    .updateTable('reports')
    .set({ status: to, updated_at: now, ...fields, closed_at: closedAt })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setColour(db: Db, id: number, colour: Colour): Promise<void> {
  await db
    .updateTable('reports')
    .set({ colour, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export type ReportEventType =
  | 'created'
  | 'status'
  | 'colour'
  | 'note'
  | 'reply'
  | 'info_request'
  | 'reporter_info'
  | 'reporter_evidence'
  | 'blocklist'
  | 'points'
  | 'feedback';

export async function addEvent(
  db: Db,
  reportId: number,
  actorId: number | null,
  type: ReportEventType,
  body: string | null,
): Promise<number> {
  const row = await db
    .insertInto('report_events')
    .values({ report_id: reportId, at: new Date().toISOString(), actor_id: actorId, type, body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function eventsOf(db: Db, reportId: number) {
  return db
    .selectFrom('report_events')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
}

export async function recordNotification(
  db: Db,
  reportId: number,
  chatId: number,
  messageId: number,
): Promise<void> {
  await db
    .insertInto('report_notifications')
    .values({ report_id: reportId, chat_id: chatId, message_id: messageId })
    .execute();
}

export async function notificationsOf(db: Db, reportId: number) {
  return db
    .selectFrom('report_notifications')
    .select(['chat_id', 'message_id'])
    .where('report_id', '=', reportId)
    .execute();
}

export async function findByNotification(
  db: Db,
  chatId: number,
  messageId: number,
): Promise<Report | null> {
  const row = await db
    .selectFrom('report_notifications')
    .select('report_id')
    .where('chat_id', '=', chatId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row ? getReport(db, Number(row.report_id)) : null;
}

export interface ReportFilter {
  stationCode?: string;
  townshipCode?: string;
  status?: ReportStatus | 'open';
  colour?: Colour;
  villageCode?: string;
  assignedTo?: number;
  offset?: number;
  limit?: number;
}

/** Statuses of a report that is finished; every other status counts as open. */
const FINISHED = [sql.lit('closed'), sql.lit('rejected')];

/**
 * `/reports`: newest first within a scope. Built separately from running it so the query-plan test
 * checks the very query officers run (index `reports_station_id_idx` / `reports_township_id_idx`).
 */
export function listReportsQuery(db: Db, f: ReportFilter) {
  let q = db
    .selectFrom('reports')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(f.limit ?? 10)
    .offset(f.offset ?? 0);
  if (f.stationCode) q = q.where('station_code', '=', f.stationCode);
  if (f.townshipCode) q = q.where('township_code', '=', f.townshipCode);
  if (f.status === 'open') q = q.where('status', 'not in', FINISHED);
  else if (f.status) q = q.where('status', '=', f.status);
  if (f.colour) q = q.where('colour', '=', f.colour);
  if (f.villageCode) q = q.where('village_code', '=', f.villageCode);
  if (f.assignedTo) q = q.where('assigned_officer_id', '=', f.assignedTo);
  return q;
}

export async function listReports(db: Db, f: ReportFilter): Promise<Report[]> {
  return (await listReportsQuery(db, f).execute()).map((r) => toReport(r as Row));
}

/**
 * Open reports of a station in one colour, oldest first. The literals (not parameters) let both
 * engines match the partial index `reports_open_idx`, which holds open reports only.
 */
export function openReportsQuery(db: Db, stationCode: string, colour: Colour, limit: number) {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('station_code', '=', stationCode)
    .where('colour', '=', colour)
    .where('status', 'not in', FINISHED)
    .orderBy('created_at')
    .limit(limit);
}

/** The oldest open reports of a station, red first, then yellow, then green (滚动排查). */
export async function oldestOpenReports(
  db: Db,
  stationCode: string,
  limit: number,
): Promise<Report[]> {
  const found: Report[] = [];
  for (const colour of ['red', 'yellow', 'green'] as const) {
    if (found.length >= limit) break;
    const rows = await openReportsQuery(db, stationCode, colour, limit - found.length).execute();
    found.push(...rows.map((r) => toReport(r as Row)));
  }
  return found;
}

export function openCountsQuery(db: Db, stationCode: string) {
  return db
    .selectFrom('reports')
    .select(['colour', (eb) => eb.fn.countAll<number>().as('n')])
    .where('station_code', '=', stationCode)
    .where('status', 'not in', FINISHED)
    .groupBy('colour');
}

/** How many open reports a station has in each colour, counted by the database. */
export async function openCountsByColour(
  db: Db,
  stationCode: string,
): Promise<Record<Colour, number>> {
  const counts: Record<Colour, number> = { red: 0, yellow: 0, green: 0 };
  for (const row of await openCountsQuery(db, stationCode).execute())
    if (row.colour in counts) counts[row.colour as Colour] = Number(row.n);
  return counts;
}

/** Reports of one colour still waiting to be accepted since before the cutoff (`reports_waiting_idx`). */
export function waitingReportsQuery(db: Db, colour: Colour, cutoff: string) {
  return db
    .selectFrom('reports')
    .select('id')
    .where('status', '=', sql.lit('new'))
    .where('escalated_at', 'is', null)
    .where('colour', '=', colour)
    .where('created_at', '<=', cutoff)
    .limit(100);
}

/** Claims unaccepted reports past their escalation time; each is returned to one caller only. */
export async function claimEscalations(
  db: Db,
  now: Date,
  limits: { red: number; yellow: number },
): Promise<Report[]> {
  const claimed: Report[] = [];
  for (const colour of ['red', 'yellow'] as const) {
    const cutoff = new Date(now.getTime() - limits[colour]).toISOString();
    const due = await waitingReportsQuery(db, colour, cutoff).execute();
    for (const { id } of due) {
      const result = await db
        .updateTable('reports')
        .set({ escalated_at: now.toISOString() })
        .where('id', '=', id)
        .where('escalated_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) {
        const report = await getReport(db, Number(id));
        if (report) claimed.push(report);
      }
    }
  }
  return claimed;
}

/**
 * Retention: for reports closed (or rejected) before the cutoff, removes every place that ties a
 * resident to the report. The report row loses the reporter, the relay key, the exact place and
 * the voice note; the relay is deleted; history events and audit rows keep what was done but drop
 * the reporter as actor; ledger rows lose their link to the report (id, relay key, reference);
 * the report's notices (which may address the reporter's chat, relay or device) are deleted.
 * One transaction per report, so a crash leaves each report either done or untouched.
 */
export async function removePersonalData(
  db: Db,
  closedBefore: Date,
  now = new Date(),
): Promise<number> {
  const due = await db
    .selectFrom('reports')
    .select(['id', 'reference', 'reporter_id', 'relay_key'])
    .where('status', 'in', ['closed', 'rejected'])
    .where((eb) => eb.fn.coalesce('closed_at', 'updated_at'), '<', closedBefore.toISOString())
    .where('personal_data_removed_at', 'is', null)
    .limit(1000)
    .execute();
  for (const report of due) {
    await db.transaction().execute(async (trx) => {
      const id = Number(report.id);
      const people = new Set<number>();
      if (report.reporter_id !== null) people.add(Number(report.reporter_id));
      if (report.relay_key) {
        const relay = await trx
          .selectFrom('report_relays')
          .select('telegram_id')
          .where('relay_key', '=', report.relay_key)
          .executeTakeFirst();
        if (relay) people.add(Number(relay.telegram_id));
      }
      const ids = [...people];
      if (ids.length) {
        await trx
          .updateTable('report_events')
          .set({ actor_id: null })
          .where('report_id', '=', id)
          .where('actor_id', 'in', ids)
          .execute();
        await trx
          .updateTable('audit_log')
          .set({ actor_id: null })
          .where('actor_id', 'in', ids)
          .where((eb) =>
            eb.or([
              eb('subject', '=', `report:${id}`),
              eb('detail', 'like', `%:${id}"%`),
              eb('detail', 'like', `%:${id}:%`),
              eb('detail', 'like', `%${report.reference}%`),
            ]),
          )
          .execute();
        await trx
          .deleteFrom('report_notifications')
          .where('report_id', '=', id)
          .where('chat_id', 'in', ids)
          .execute();
      }
      await trx
        .updateTable('point_ledger')
        .set((eb) => ({
          report_id: null,
          relay_key: null,
          reason: eb.fn('replace', ['reason', eb.val(report.reference), eb.val('')]),
        }))
        .where((eb) =>
          eb.or([
            eb('report_id', '=', id),
            ...(report.relay_key ? [eb('relay_key', '=', report.relay_key)] : []),
          ]),
        )
        .execute();
      await trx.deleteFrom('report_web_reporters').where('report_id', '=', id).execute();
      // Notices addressed the reporter (a chat, a relay, a device) next to the report's id.
      await trx.deleteFrom('notices').where('report_id', '=', id).execute();
      if (report.relay_key)
        await trx.deleteFrom('report_relays').where('relay_key', '=', report.relay_key).execute();
      await trx
        .updateTable('reports')
        .set({
          reporter_id: null,
          relay_key: null,
          latitude: null,
          longitude: null,
          place_text: null,
          voice_file_id: null,
          personal_data_removed_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute();
    });
  }
  return due.length;
}

export interface ScopeFilter {
  stationCode?: string;
  townshipCode?: string;
}

/** Counts of reports created since a date, by category, colour and village, within a scope. */
export function reportCountsQuery(db: Db, since: Date, scope: ScopeFilter) {
  let q = db
    .selectFrom('reports')
    .select(['category', 'colour', 'village_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', since.toISOString())
    .groupBy(['category', 'colour', 'village_code']);
  if (scope.stationCode) q = q.where('station_code', '=', scope.stationCode);
  if (scope.townshipCode) q = q.where('township_code', '=', scope.townshipCode);
  return q;
}

export async function reportCounts(db: Db, since: Date, scope: ScopeFilter) {
  return (await reportCountsQuery(db, since, scope).execute()).map((r) => ({
    category: r.category,
    colour: r.colour as Colour,
    village: r.village_code,
    count: Number(r.n),
  }));
}

/** Reports created in [from, to), for export; identities only for named reports. */
export async function reportsForExport(db: Db, from: Date, to: Date) {
  return db
    .selectFrom('reports')
    .leftJoin('users as reporter', 'reporter.telegram_id', 'reports.reporter_id')
    .leftJoin('users as officer', 'officer.telegram_id', 'reports.assigned_officer_id')
    .select([
      'reports.reference',
      'reports.created_at',
      'reports.kind',
      'reports.category',
      'reports.colour',
      'reports.status',
      'reports.village_code',
      'reports.township_code',
      'reports.station_code',
      'reports.description',
      'reports.place_text',
      'reports.latitude',
      'reports.occurred_text',
      'reports.anonymous',
      'reporter.first_name as reporter_name',
      'officer.first_name as officer_name',
      'reports.reject_reason',
      'reports.satisfaction',
    ])
    .where('reports.created_at', '>=', from.toISOString())
    .where('reports.created_at', '<', to.toISOString())
    .orderBy('reports.id')
    .execute();
}

/** The reporter's last answer to "are you satisfied?" (`yes`, `no`), or null if never asked or not yet answered. */
export async function satisfactionOf(db: Db, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('reports')
    .select('satisfaction')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.satisfaction ?? null;
}
