import { neutraliseCell } from './neutralise.js';
import { type Cell, checkTable, type Table } from './table.js';
import { xmlSafe } from './xml-text.js';

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark; without it, 中文 is garbled. */
export const BOM = '\uFEFF';

/** Fields holding any of these must be quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // A wall-clock date (UTC fields = county time) reads as "2026-12-02 09:15".
  if (cell instanceof Date) return cell.toISOString().slice(0, 16).replace('T', ' ');
  const text = neutraliseCell(xmlSafe(cell));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF, every string cell neutralised. */
export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}

/**
 * RFC 4180 CSV: UTF-8 with BOM (so Excel shows Chinese correctly), CRLF line ends, fields quoted
 * when they contain , " CR or LF, quotes doubled; every string cell neutralised; numbers written
 * as numbers; dates as `YYYY-MM-DD HH:mm`; null as empty.
 *
 * The header row is neutralised too: column titles are ours today, but the writer should not have
 * to trust that. Note that Excel still guesses types in a CSV, so a long digit string such as an
 * ID card number loses digits there; offer XLSX when that matters. For large exports, stream
 * records with `csvRecord` instead (see `csv-writer.ts`).
 *
 * @example
 * toCsv({ columns: ['村', '人数'], rows: [['东沟村', 12]] });
 * // <BOM>村,人数\r\n东沟村,12\r\n
 */
export function toCsv(table: Table): Buffer {
  checkTable(table);
  let text = BOM;
  for (const record of [table.columns, ...table.rows]) text += csvRecord(record);
  return Buffer.from(text, 'utf8');
}
