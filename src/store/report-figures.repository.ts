/**
 * Reading reports in bulk for the county's figures: the export, page by page, and the small
 * queries behind its summary sheet and the `/stats` trend.
 *
 * The export reads in keyset pages (`id > last id`, in id order) rather than all at once or with
 * OFFSET: a year of a busy county is a million rows, and a page of a few thousand keeps memory
 * flat on SQLite and PostgreSQL alike while each page stays one cheap index range scan.
 */
import type { Db } from './database.js';
import { reporterName, type ScopeFilter } from './reports.repository.js';
import { officerNameOf } from './users.repository.js';

/** One report as the export writes it; identities only for named reports. */
export interface ExportRow {
  id: number;
  reference: string;
  created_at: string;
  kind: string;
  category: string;
  colour: string;
  status: string;
  village_code: string;
  township_code: string;
  station_code: string;
  description: string;
  place_text: string | null;
  latitude: number | null;
  occurred_text: string | null;
  anonymous: number;
  reporter_name: string | null;
  officer_name: string | null;
  reject_reason: string | null;
  satisfaction: string | null;
}

/** Up to `limit` reports created in [from, to) with an id above `afterId`, in id order. */
export async function exportPage(
  db: Db,
  from: Date,
  to: Date,
  afterId: number,
  limit: number,
): Promise<ExportRow[]> {
  const rows = await db
    .selectFrom('reports')
    .select([
      'reports.id',
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
    .where('reports.id', '>', afterId)
    .where('reports.created_at', '>=', from.toISOString())
    .where('reports.created_at', '<', to.toISOString())
    .orderBy('reports.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), anonymous: Number(r.anonymous) }));
}

/**
 * Every report created in [from, to), read page by page so the caller can write each one out and
 * let it go. Pages of 1,000 rows keep about a megabyte of rows in memory at a time.
 */
export async function* exportRows(
  db: Db,
  from: Date,
  to: Date,
  pageSize = 1000,
): AsyncGenerator<ExportRow> {
  let afterId = 0;
  for (;;) {
    const page = await exportPage(db, from, to, afterId, pageSize);
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    afterId = last.id;
  }
}

export type SummaryField = 'category' | 'colour' | 'village_code' | 'status';

/** How many reports created in [from, to) have each value of `field`, largest first. */
export async function countBy(
  db: Db,
  field: SummaryField,
  from: Date,
  to: Date,
): Promise<{ value: string; count: number }[]> {
  const rows = await db
    .selectFrom('reports')
    .select([field, (eb) => eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', from.toISOString())
    .where('created_at', '<', to.toISOString())
    .groupBy(field)
    .execute();
  return rows
    .map((r) => ({ value: String(r[field]), count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** When each report in scope was created, since `since`: the `/stats` trend buckets these by day. */
export async function reportTimes(db: Db, since: Date, scope: ScopeFilter): Promise<Date[]> {
  let q = db
    .selectFrom('reports')
    .select('created_at')
    .where('created_at', '>=', since.toISOString());
  if (scope.stationCode) q = q.where('station_code', '=', scope.stationCode);
  if (scope.townshipCode) q = q.where('township_code', '=', scope.townshipCode);
  return (await q.execute()).map((r) => new Date(r.created_at));
}
