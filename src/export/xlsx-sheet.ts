import { columnWidths, needsWrap, rowHeight } from './cell-size.js';
import { neutraliseCell } from './neutralise.js';
import type { Cell, Table } from './table.js';
import { escapeXml } from './xml-text.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Excel's grid limits; past them Excel refuses the file instead of truncating it. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
/** Style indexes in styles.xml: plain top-aligned, the bold header, and text that wraps. */
const PLAIN_STYLE = ' s="0"';
const HEADER_STYLE = ' s="1"';
const WRAP_STYLE = ' s="2"';

/**
 * The header stays in view while scrolling through thousands of reports.
 * Child order follows CT_Worksheet: dimension, sheetViews, sheetFormatPr, cols, sheetData.
 */
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0">' +
  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
  '</sheetView></sheetViews>';

/** Column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * Cell text as Excel will show it. Excel decodes `_xHHHH_` inside strings as a character, so a
 * literal one gets its underscore escaped as `_x005F_`; over-long text is cut to Excel's limit
 * rather than making Excel reject the whole workbook.
 */
function cellText(value: string): string {
  let text = neutraliseCell(value);
  // A surrogate pair cut in half here is dropped by escapeXml, so no broken character remains.
  if (text.length > MAX_CELL_CHARS) text = `${text.slice(0, MAX_CELL_CHARS - 1)}…`;
  text = text.replace(/_x[0-9a-f]{4}_/gi, '_x005F$&');
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeXml(text).replace(/\r\n?/g, '\n')}</t></is>`;
}

/**
 * One cell. Strings are always inline strings (`t="inlineStr"`), never `<f>`, so nothing a
 * resident typed can become a formula; numbers are `<v>` so they sort and sum; null is omitted.
 */
function cellXml(cell: Cell, ref: string, style: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr">${cellText(cell)}</c>`;
}

/**
 * A data row. A row grown for wrapped text names style 0 on its other cells too: LibreOffice
 * ignores style 0's top alignment on cells without an `s`, and would leave them at the bottom.
 */
function rowXml(row: Cell[], n: number, letters: string[], widths: number[]): string {
  const height = rowHeight(row, widths);
  const plain = height ? PLAIN_STYLE : '';
  const cells = row.map((cell, c) => {
    const style = typeof cell === 'string' && needsWrap(cell) ? WRAP_STYLE : plain;
    return cellXml(cell, `${letters[c]}${n}`, style);
  });
  return `<row r="${n}"${height ? ` ht="${height}"` : ''}>${cells.join('')}</row>`;
}

/** xl/worksheets/sheet1.xml for a checked table: bold frozen header, fitted columns, all rows. */
export function sheetXml(table: Table): string {
  const width = table.columns.length;
  if (table.rows.length + 1 > MAX_ROWS || width > MAX_COLUMNS) {
    throw new RangeError(
      `${table.rows.length} rows × ${width} columns exceeds a spreadsheet's ${MAX_ROWS - 1} rows ` +
        `and ${MAX_COLUMNS} columns; export a shorter date range (--from/--to).`,
    );
  }
  const letters = table.columns.map((_, c) => columnName(c));
  const parts = [XML_DECLARATION, `<worksheet xmlns="${MAIN_NS}">`];
  if (width > 0) parts.push(`<dimension ref="A1:${letters[width - 1]}${table.rows.length + 1}"/>`);
  parts.push(FROZEN_HEADER, '<sheetFormatPr defaultRowHeight="15"/>');
  const widths = columnWidths(table);
  if (width > 0) {
    const cols = widths.map(
      (w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`,
    );
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push('<sheetData>');
  const header = table.columns.map((title, c) => cellXml(title, `${letters[c]}1`, HEADER_STYLE));
  parts.push(`<row r="1">${header.join('')}</row>`);
  table.rows.forEach((row, r) => {
    parts.push(rowXml(row, r + 2, letters, widths));
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}
