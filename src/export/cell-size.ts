import type { Cell, Table } from './table.js';

/**
 * Characters that take two columns on screen: CJK ideographs and punctuation, Hangul, full-width
 * forms and emoji. Counting them as one would make every Chinese column half as wide as it needs.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const LINE_BREAK = /\r\n|\r|\n/;

/** Narrow enough for an id column, wide enough that long report text wraps instead of sprawling. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A little breathing space either side of the longest value. */
const PADDING = 2;
/** Points per line of 11-point text (Excel's default row), and Excel's tallest allowed row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

function lineWidth(line: string): number {
  let width = 0;
  for (const char of line) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** How many character cells the longest line of `text` takes on screen. */
export function displayWidth(text: string): number {
  return text.split(LINE_BREAK).reduce((widest, line) => Math.max(widest, lineWidth(line)), 0);
}

/**
 * One width per column, in Excel's unit (roughly the width of a digit), fitted to the header and
 * the longest value and clamped to a sensible range. Spreadsheet apps do not autofit on open, so
 * without this every column is 8.43 wide and Chinese text is cut off.
 */
export function columnWidths(table: Table): number[] {
  return table.columns.map((title, c) => {
    let widest = displayWidth(title);
    for (const row of table.rows) {
      const cell = row[c];
      if (cell !== null && cell !== undefined)
        widest = Math.max(widest, displayWidth(String(cell)));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + PADDING));
  });
}

/**
 * Whether a text cell should wrap: it has line breaks (without wrapping, Excel runs them together
 * on one line and LibreOffice draws them over the row above) or it is wider than the widest column.
 */
export function needsWrap(text: string): boolean {
  return LINE_BREAK.test(text) || displayWidth(text) + PADDING > MAX_WIDTH;
}

/**
 * The height in points a row needs for its wrapped text, or undefined when one line fits.
 * LibreOffice does not grow rows to fit wrapped text when it opens an XLSX, so we estimate the
 * line count ourselves from the column widths; an estimate a line too generous beats cut-off text.
 */
export function rowHeight(row: Cell[], widths: number[]): number | undefined {
  let lines = 1;
  row.forEach((cell, c) => {
    if (typeof cell !== 'string' || !needsWrap(cell)) return;
    const usable = Math.max(1, (widths[c] ?? MAX_WIDTH) - PADDING);
    let count = 0;
    for (const line of cell.split(LINE_BREAK))
      count += Math.max(1, Math.ceil(lineWidth(line) / usable));
    lines = Math.max(lines, count);
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : undefined;
}
