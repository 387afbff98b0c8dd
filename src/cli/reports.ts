/**
 * `cunjing reports export --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx [--out file]`:
 * reports for the county's records. Anonymous reporters stay anonymous, exact coordinates are
 * left out, and every cell is neutralised against formula injection by the writers.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toCsv } from '../export/csv.js';
import type { Table } from '../export/table.js';
import { toXlsx } from '../export/xlsx.js';
import { appendAudit } from '../store/audit.repository.js';
import { reportsForExport } from '../store/reports.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE =
  'usage: cunjing reports export --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx [--out file]';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const COLUMNS = [
  '编号 reference',
  '时间 created',
  '类型 kind',
  '类别 category',
  '颜色 colour',
  '状态 status',
  '村 village',
  '乡镇 township',
  '派出所 station',
  '情况 description',
  '地点 place',
  '发生时间 occurred',
  '反映人 reporter',
  '负责民警 officer',
  '驳回原因 reason',
  '回访 satisfaction',
];

/** Midnight of a calendar day in the county's time zone, as an instant. */
function midnight(day: string, timeZone: string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((p) => p.type === 'timeZoneName')
    ?.value.replace('GMT', '');
  return new Date(`${day}T00:00:00${offset && offset !== '' ? offset : 'Z'}`);
}

export async function reportsCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
    },
  });
  const { from, to, format } = values;
  if (
    action !== 'export' ||
    !from ||
    !to ||
    !DAY.test(from) ||
    !DAY.test(to) ||
    (format !== 'csv' && format !== 'xlsx')
  )
    throw new UsageError(USAGE);
  return withStore(io, async ({ db }, config) => {
    const start = midnight(from, config.TZ);
    const end = new Date(midnight(to, config.TZ).getTime() + 86_400_000);
    if (!(start < end)) throw new UsageError(`--from must not be after --to\n${USAGE}`);
    const rows = await reportsForExport(db, start, end);
    const table: Table = {
      columns: COLUMNS,
      rows: rows.map((r) => [
        r.reference,
        r.created_at,
        r.kind,
        r.category,
        r.colour,
        r.status,
        r.village_code,
        r.township_code,
        r.station_code,
        r.description,
        r.place_text ?? (r.latitude !== null ? '(位置已共享 location shared)' : ''),
        r.occurred_text,
        r.anonymous === 1 ? '匿名 anonymous' : (r.reporter_name ?? ''),
        r.officer_name ?? '',
        r.reject_reason ?? '',
        r.satisfaction ?? '',
      ]),
    };
    const out = values.out ?? `reports-${from}-${to}.${format}`;
    await writeFile(out, format === 'csv' ? toCsv(table) : toXlsx(table, `reports ${from}`));
    await appendAudit(db, {
      actorId: null,
      action: 'reports.export',
      detail: { from, to, format, rows: rows.length },
    });
    io.out(`Wrote ${rows.length} reports to ${out}`);
    return 0;
  });
}
