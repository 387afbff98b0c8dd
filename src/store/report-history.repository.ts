/**
 * A report's history rows and the files added after it was filed. Plain functions over `db | trx`,
 * so a workflow's change, its history row and its audit row share one transaction.
 */
import { sql } from 'kysely';
import type { StoredEvent } from '../domain/reports/history.js';
import type { Evidence } from '../domain/reports/report.js';
import type { Db } from './database.js';
import { officerNameOf } from './users.repository.js';

/**
 * Takes the report's row lock until the transaction ends (PostgreSQL; SQLite runs one writer at a
 * time anyway), so two presses of the same button are checked and applied one after the other.
 */
export async function lockReport(db: Db, reportId: number): Promise<void> {
  await sql`update reports set id = id where id = ${reportId}`.execute(db);
}

/** Whether the report already has an event of this type whose body starts with `prefix`. */
export async function hasEvent(
  db: Db,
  reportId: number,
  type: string,
  prefix: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('report_events')
    .select('id')
    .where('report_id', '=', reportId)
    .where('type', '=', type)
    .where('body', 'like', `${prefix}%`)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addEvidence(db: Db, reportId: number, evidence: Evidence): Promise<void> {
  await db
    .insertInto('report_evidence')
    .values({ report_id: reportId, kind: evidence.kind, file_id: evidence.fileId })
    .execute();
}

const HISTORY_TYPES = ['note', 'reply', 'info_request', 'reporter_info', 'reporter_evidence'];

/** History rows of several reports, oldest first; officers' names joined, nobody else's. */
export async function historyEvents(
  db: Db,
  reportIds: number[],
): Promise<Map<number, StoredEvent[]>> {
  const out = new Map<number, StoredEvent[]>();
  if (reportIds.length === 0) return out;
  const rows = await db
    .selectFrom('report_events as e')
    .select(['e.report_id', 'e.at', 'e.type', 'e.body'])
    // Officers' names on officers' rows only; `actor_id` names a person.
    .select(
      sql<string | null>`case when e.type in ('note', 'reply', 'info_request')
        then ${officerNameOf('e.actor_id')} end`.as('officer_name'),
    )
    .where('e.report_id', 'in', reportIds)
    .where('e.type', 'in', HISTORY_TYPES)
    .orderBy('e.id')
    .execute();
  for (const r of rows) {
    const id = Number(r.report_id);
    const list = out.get(id) ?? [];
    list.push({ at: r.at, type: r.type, body: r.body, officerName: r.officer_name ?? null });
    out.set(id, list);
  }
  return out;
}

const REPORTER_TYPES = [
  'created',
  'status',
  'reply',
  'info_request',
  'reporter_info',
  'reporter_evidence',
];

/**
 * The rows a reporter may read about their own report, oldest first: when it was filed, its
 * status changes, the officers' replies and questions, and their own additions. No internal
 * notes, colours, points or names.
 */
export async function reporterEvents(db: Db, reportId: number): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('report_events')
    .select(['at', 'type', 'body'])
    .where('report_id', '=', reportId)
    .where('type', 'in', REPORTER_TYPES)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ at: r.at, type: r.type, body: r.body, officerName: null }));
}
