import { neutraliseCell } from './neutralise.js';
import { type Cell, checkTable, type Table } from './table.js';

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark; without it, 中文 is garbled. */
const BOM = '\uFEFF';

/** Fields holding any of these must be quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: UTF-8 with BOM (so Excel shows Chinese correctly), CRLF line ends, fields quoted
 * when they contain , " CR or LF, quotes doubled; every string cell neutralised; numbers written
 * as numbers; null as empty.
 *
 * The header row is neutralised too: column titles are ours today, but the writer should not have
 * to trust that. Note that Excel still guesses types in a CSV, so a long digit string such as an
 * ID card number loses digits there; offer XLSX when that matters.
 *
 * @example
 * toCsv({ columns: ['村', '人数'], rows: [['东沟村', 12]] });
 * // <BOM>村,人数\r\n东沟村,12\r\n
 */
export function toCsv(table: Table): Buffer {
  checkTable(table);
  let text = BOM;
  for (const record of [table.columns, ...table.rows]) {
    text += `${record.map(field).join(',')}\r\n`;
  }
  return Buffer.from(text, 'utf8');
}
