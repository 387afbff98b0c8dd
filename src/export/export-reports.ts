/**
 * `reports export` from start to finish: count the summary, then stream every report in the
 * range from the database into a CSV or XLSX file, page by page, so memory stays flat whether
 * the range holds fifty reports or a million.
 */
import { type Day, dayRange, wallClock } from '../domain/time/county-day.js';
import type { Db } from '../store/database.js';
import {
  countBy,
  type ExportRow,
  exportRows,
  type SummaryField,
} from '../store/report-figures.repository.js';
import { historiesOf } from '../workflows/reports/report-history.js';
import { openCsv } from './csv-writer.js';
import type { ExportLabels } from './labels.js';
import { REPORT_COLUMNS, REPORT_HEADERS, reportCells } from './report-columns.js';
import type { RowSink } from './row-sink.js';
import type { Summary } from './summary.js';
import { openXlsx } from './xlsx-writer.js';

export type ExportFormat = 'csv' | 'xlsx';

const HISTORY_BATCH = 500;

export interface ExportRequest {
  db: Db;
  /** County days, both included. */
  from: Day;
  to: Day;
  timeZone: string;
  format: ExportFormat;
  file: string;
  labels: ExportLabels;
  /** When the export is made (for the summary's note). */
  now: Date;
  /** Rows per sheet, header included; lower only in tests. */
  maxRowsPerSheet?: number;
}

const SECTIONS: {
  field: SummaryField;
  heading: string;
  label: (l: ExportLabels, v: string) => string;
}[] = [
  { field: 'category', heading: '按类别 by category', label: (l, v) => l.category(v) },
  { field: 'colour', heading: '按颜色 by colour', label: (l, v) => l.colour(v) },
  { field: 'village_code', heading: '按村 by village', label: (l, v) => l.village(v) },
  { field: 'status', heading: '按状态 by status', label: (l, v) => l.status(v) },
];

async function summaryOf(r: ExportRequest, start: Date, end: Date): Promise<Summary> {
  const sections = [];
  let total = 0;
  for (const s of SECTIONS) {
    const counts = await countBy(r.db, s.field, start, end);
    if (s.field === 'category') total = counts.reduce((n, c) => n + c.count, 0);
    sections.push({
      heading: s.heading,
      rows: counts.map((c) => ({ label: s.label(r.labels, c.value), count: c.count })),
    });
  }
  const made = wallClock(r.now, r.timeZone).toISOString().slice(0, 16).replace('T', ' ');
  return {
    title: `村警通 反映导出 ${r.from} 至 ${r.to}`,
    note: `时间均为 ${r.timeZone} 当地时间；导出于 ${made}`,
    total,
    sections,
  };
}

/** Writes the export and says how many reports went into it. */
export async function exportReports(r: ExportRequest): Promise<{ rows: number }> {
  const { start, end } = dayRange(r.from, r.to, r.timeZone);
  const sink: RowSink =
    r.format === 'csv'
      ? await openCsv(r.file, REPORT_HEADERS)
      : await openXlsx({
          file: r.file,
          columns: REPORT_COLUMNS,
          sheetName: '反映 reports',
          summary: await summaryOf(r, start, end),
          ...(r.maxRowsPerSheet ? { maxRowsPerSheet: r.maxRowsPerSheet } : {}),
        });
  let rows = 0;
  // Histories are read a batch of reports at a time, so memory stays flat and queries few.
  let batch: ExportRow[] = [];
  const flush = async () => {
    const histories = await historiesOf(
      r.db,
      batch.map((row) => row.id),
    );
    for (const row of batch)
      await sink.add(reportCells(row, r.labels, r.timeZone, histories.get(row.id)));
    rows += batch.length;
    batch = [];
  };
  try {
    for await (const row of exportRows(r.db, start, end)) {
      batch.push(row);
      if (batch.length >= HISTORY_BATCH) await flush();
    }
    await flush();
  } finally {
    await sink.close();
  }
  return { rows };
}
