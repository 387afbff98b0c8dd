/**
 * Reports: stored in one transaction with their evidence, first history entry and (for anonymous
 * reporters) the relay, before anyone is told a reference number. A repeated submission with the
 * same key returns the report already stored instead of creating a second one.
 */

import { randomBytes } from 'node:crypto';
import { type ExpressionBuilder, sql } from 'kysely';
import type { ReporterAddress } from '../domain/notices/reporter-address.js';
import type { Colour, ReportKind } from '../domain/reports/categories.js';
import { dayKey, formatReference } from '../domain/reports/reference.js';
import type { Evidence, EvidenceKind, Report } from '../domain/reports/report.js';
import type { ReportStatus } from '../domain/reports/status.js';
import type { Db } from './database.js';
import { currentPerson, telegramChatOfPerson, telegramChatsOf } from './people.repository.js';
import type { Database, ReportTable } from './schema.js';
import { officerNameOf } from './users.repository.js';

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
    reporterPersonId: row.reporter_person_id === null ? null : Number(row.reporter_person_id),
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
  /** The reporter's person: named in the report, or kept only in the relay when anonymous. */
  reporterPersonId: number;
  /** Filed from the web: the device whose inbox hears of the report. */
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
  // The one place an anonymous reporter's person is kept; officers' views never read it.
  if (r.anonymous) {
    relayKey = randomBytes(16).toString('base64url');
    await trx
      .insertInto('report_relays')
      .values({
        relay_key: relayKey,
        person_id: r.reporterPersonId,
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
      reporter_person_id: r.anonymous ? null : r.reporterPersonId,
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

/**
 * The person who filed a report, whatever the channel: named in the report, or behind its relay
 * when anonymous; as they stand now (after any merge). For the workflows that check ownership or
 * credit the reporter; never shown to officers.
 */
export async function reporterPersonOf(db: Db, report: Report): Promise<number | null> {
  if (report.reporterPersonId !== null) return currentPerson(db, report.reporterPersonId);
  if (!report.relayKey) return null;
  const person = await relayPersonOf(db, report.relayKey);
  return person === null ? null : currentPerson(db, person);
}

async function relayPersonOf(db: Db, relayKey: string): Promise<number | null> {
  const relay = await db
    .selectFrom('report_relays')
    .select('person_id')
    .where('relay_key', '=', relayKey)
    .executeTakeFirst();
  return relay ? Number(relay.person_id) : null;
}

/** The reporter's Telegram chat, to relay to. Only the bot calls this; no officer view shows it. */
export async function reporterChatOf(db: Db, report: Report): Promise<number | null> {
  const person = await reporterPersonOf(db, report);
  return person === null ? null : telegramChatOfPerson(db, person);
}

/**
 * Where the reporter hears about this report: the web device's inbox when filed from the web;
 * else the relay if anonymous (never resolved here, so the address stored with a notice names no
 * one), or the named reporter's Telegram chat.
 */
export async function reporterAddressOf(db: Db, report: Report): Promise<ReporterAddress | null> {
  const web = await db
    .selectFrom('report_web_reporters')
    .select('device_id')
    .where('report_id', '=', report.id)
    .executeTakeFirst();
  if (web) return { channel: 'web', deviceId: web.device_id };
  if (report.relayKey) return { channel: 'telegram', relayKey: report.relayKey };
  if (report.reporterPersonId === null) return null;
  const chatId = await telegramChatOfPerson(db, await currentPerson(db, report.reporterPersonId));
  return chatId === null ? null : { channel: 'telegram', address: String(chatId) };
}

/** The Telegram chat behind a relay, for the channel only at the moment it sends. */
export async function relayChatOf(db: Db, relayKey: string): Promise<number | null> {
  const person = await relayPersonOf(db, relayKey);
  return person === null ? null : telegramChatOfPerson(db, await currentPerson(db, person));
}

export async function reporterLanguageOf(db: Db, reportId: number): Promise<string> {
  const row = await db
    .selectFrom('reports')
    .select('reporter_language')
    .where('id', '=', reportId)
    .executeTakeFirst();
  return row?.reporter_language ?? 'zh-CN';
}

/** Ids that stand for this person: itself and anyone merged into it. */
function idsOf(db: Db, personId: number) {
  return db
    .selectFrom('people')
    .select('id')
    .where((p) => p.or([p('id', '=', personId), p('merged_into', '=', personId)]));
}

/** Reports named after this person, or behind one of their relays. */
function filedBy(db: Db, personId: number) {
  return (eb: ExpressionBuilder<Database, 'reports'>) =>
    eb.or([
      eb('reports.reporter_person_id', 'in', idsOf(db, personId)),
      eb(
        'reports.relay_key',
        'in',
        db
          .selectFrom('report_relays')
          .select('relay_key')
          .where('person_id', 'in', idsOf(db, personId)),
      ),
    ]);
}

/** Reports filed by this person on any channel, named or anonymous, newest first. */
export async function reportsOfPerson(db: Db, personId: number, limit = 20): Promise<Report[]> {
  const rows = await db
    .selectFrom('reports')
    .selectAll()
    .where(filedBy(db, personId))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toReport(r as Row));
}

/** Reports this person filed since a date, for the per-minute limit on every channel. */
export async function countRecentReports(db: Db, personId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', since.toISOString())
    .where(filedBy(db, personId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether this person filed the report (named or anonymous), merges taken into account. */
export async function isReporterOf(db: Db, report: Report, personId: number): Promise<boolean> {
  const reporter = await reporterPersonOf(db, report);
  return reporter !== null && reporter === (await currentPerson(db, personId));
}

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

/** Whether any card of the report was shown to officers (so there is something to edit). */
export async function hasCards(db: Db, reportId: number): Promise<boolean> {
  const row = await db
    .selectFrom('report_notifications')
    .select('report_id')
    .where('report_id', '=', reportId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
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
    .select(['id', 'reference', 'reporter_person_id', 'relay_key'])
    .where('status', 'in', ['closed', 'rejected'])
    .where((eb) => eb.fn.coalesce('closed_at', 'updated_at'), '<', closedBefore.toISOString())
    .where('personal_data_removed_at', 'is', null)
    .limit(1000)
    .execute();
  for (const report of due) {
    await db.transaction().execute(async (trx) => {
      const id = Number(report.id);
      // History and audit rows name who acted by person (migration 2026-12-13-officer-persons):
      // the reporter's person is scrubbed, and their Telegram chats too, for any row a process
      // still on the old code wrote during the upgrade.
      const person =
        report.reporter_person_id !== null
          ? Number(report.reporter_person_id)
          : report.relay_key
            ? await relayPersonOf(trx, report.relay_key)
            : null;
      const chats = person === null ? [] : await telegramChatsOf(trx, person);
      const ids = person === null ? [] : [person, ...chats];
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
        // Cards are kept by Telegram chat: the reporter's chats.
        if (chats.length)
          await trx
            .deleteFrom('report_notifications')
            .where('report_id', '=', id)
            .where('chat_id', 'in', chats)
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
          reporter_person_id: null,
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

/** A named reporter's Telegram first name (the one name we keep of a resident), for exports. */
export function reporterName(eb: ExpressionBuilder<Database, 'reports'>) {
  return eb
    .selectFrom('person_addresses as ra')
    .innerJoin('users as ru', (j) => j.on(sql<boolean>`cast(ru.telegram_id as text) = ra.address`))
    .select('ru.first_name')
    .where('ra.channel', '=', 'telegram')
    .whereRef('ra.person_id', '=', 'reports.reporter_person_id')
    .limit(1);
}

/** Reports created in [from, to), for export; identities only for named reports. */
export async function reportsForExport(db: Db, from: Date, to: Date) {
  return db
    .selectFrom('reports')
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
      (eb) => reporterName(eb).as('reporter_name'),
      officerNameOf('reports.assigned_officer_id').as('officer_name'),
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
