/**
 * The columns of a reports export and how a stored report becomes one row of cells.
 *
 * Headers stay bilingual (Chinese for the office, English for whoever maintains the tooling).
 * Widths are fixed rather than measured, because the rows stream past once and are gone; they
 * were chosen so the 16 columns print one page wide on landscape A4 at a readable size, with long
 * text wrapping inside its cell.
 */
import type { HistoryEntry } from '../domain/reports/history.js';
import { wallClock } from '../domain/time/county-day.js';
import type { ExportRow } from '../store/report-figures.repository.js';
import type { ExportLabels } from './labels.js';
import type { Cell } from './table.js';
import { xmlSafe } from './xml-text.js';

export interface Column {
  header: string;
  /** In Excel's unit, about one digit (half a Chinese character). */
  width: number;
  /** A local date and time, written as a real date cell. */
  date?: boolean;
}

export const REPORT_COLUMNS: readonly Column[] = [
  { header: '编号 reference', width: 17 },
  { header: '时间 created', width: 16, date: true },
  { header: '类型 kind', width: 9 },
  { header: '类别 category', width: 14 },
  { header: '颜色 colour', width: 7 },
  { header: '状态 status', width: 8 },
  { header: '村 village', width: 10 },
  { header: '乡镇 township', width: 10 },
  { header: '派出所 station', width: 12 },
  { header: '情况 description', width: 36 },
  { header: '地点 place', width: 14 },
  { header: '发生时间 occurred', width: 10 },
  { header: '反映人 reporter', width: 9 },
  { header: '负责民警 officer', width: 9 },
  { header: '驳回原因 reason', width: 12 },
  { header: '回访 satisfaction', width: 8 },
  { header: '处理记录 history', width: 40 },
];

export const REPORT_HEADERS = REPORT_COLUMNS.map((c) => c.header);

/**
 * One report as cells: labels for codes, the creation time on the county's clock, free text as
 * typed (only characters no spreadsheet can hold are dropped). Anonymous reporters stay
 * anonymous and coordinates are never exported, only the fact that a location was shared.
 */
export function reportCells(
  r: ExportRow,
  labels: ExportLabels,
  timeZone: string,
  history: readonly HistoryEntry[] = [],
): Cell[] {
  const text = (value: string | null) => (value === null || value === '' ? null : xmlSafe(value));
  return [
    r.reference,
    wallClock(new Date(r.created_at), timeZone),
    labels.kind(r.kind),
    labels.category(r.category),
    labels.colour(r.colour),
    labels.status(r.status),
    labels.village(r.village_code),
    labels.township(r.township_code),
    labels.station(r.station_code),
    text(r.description),
    text(r.place_text) ?? (r.latitude !== null ? labels.locationShared : null),
    text(r.occurred_text),
    r.anonymous === 1 ? labels.anonymous : text(r.reporter_name),
    text(r.officer_name),
    text(r.reject_reason),
    r.satisfaction === null ? null : labels.satisfaction(r.satisfaction),
    history.length
      ? xmlSafe(history.map((e) => historyText(e, labels, timeZone)).join('\n'))
      : null,
  ];
}

/** One history entry as a line: local time, what it was, who (officers only), the words. */
function historyText(e: HistoryEntry, labels: ExportLabels, timeZone: string): string {
  const at = wallClock(new Date(e.at), timeZone).toISOString().slice(0, 16).replace('T', ' ');
  const what = labels.historyKind(e.kind);
  const who = e.officer ? ` ${e.officer}` : '';
  const words = e.kind === 'evidence' ? labels.evidenceKind(e.text) : e.text;
  return `${at} ${what}${who}：${words}`;
}
