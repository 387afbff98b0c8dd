/**
 * How tall a row must be for its wrapped text, estimated from the text and the column widths.
 *
 * Excel grows rows with wrapped text on its own, but LibreOffice keeps an XLSX row at its default
 * height and cuts the text off (checked with LibreOffice 7.4: `scripts/check-export-print.sh`).
 * So each row gets the height its longest cell needs, and short rows keep the default height: no
 * fixed 30 pt rows that overlap long descriptions and waste paper on short ones.
 */
import type { Cell } from './table.js';

/** Characters that take two columns: CJK ideographs and punctuation, full-width forms, emoji. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const LINE_BREAK = /\r\n|\r|\n/;
/** Points per line of 11-point text, with room for the taller CJK fallback fonts. */
export const LINE_HEIGHT = 16;
/** Excel's tallest row. */
const MAX_ROW_HEIGHT = 409;

/** Columns of Excel's width unit (about one digit) that a line of text takes. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function linesOf(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const line of text.split(LINE_BREAK))
    lines += Math.max(1, Math.ceil(displayWidth(line) / usable));
  return lines;
}

/**
 * The row height in points, or undefined when every cell fits on one line (the default height).
 * Only cells in wrapping columns count; dates and numbers never wrap.
 */
export function rowHeight(
  cells: readonly Cell[],
  widths: readonly number[],
  wraps: readonly boolean[],
): number | undefined {
  let lines = 1;
  cells.forEach((cell, c) => {
    if (typeof cell !== 'string' || !wraps[c]) return;
    lines = Math.max(lines, linesOf(cell, widths[c] ?? 10));
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2) : undefined;
}
