/**
 * The one shape every exporter takes: a header and rows of plain cells.
 *
 * Keeping it this small splits the work cleanly: the report query decides what each column means
 * and how a date reads, the writers only decide how a file is laid out. A cell is text, a number
 * (written as a real number, so officers can sum and sort), a date (a wall-clock time whose UTC
 * fields are the county's local time, written as a real date cell), or `null` for blank.
 *
 * @example
 * const table: Table = {
 *   columns: ['编号', '村', '内容', '金额'],
 *   rows: [[1, '东沟村', '接到冒充公检法电话', 5000], [2, '西沟村', '丢失身份证', null]],
 * };
 */
export type Cell = string | number | Date | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

/**
 * Throws when a row cannot be written faithfully: wider or narrower than the header (the cells
 * would land under the wrong column), a number that is not finite (no spreadsheet can store NaN
 * or Infinity), or an invalid date. All are bugs in whoever built the row, so they fail loudly
 * instead of exporting a misleading file.
 */
export function checkRow(columns: readonly string[], row: readonly Cell[], r: number): void {
  if (row.length !== columns.length) {
    throw new RangeError(
      `rows[${r}] has ${row.length} cells but the table has ${columns.length} columns; ` +
        'give every row exactly one cell per column (null for a blank one).',
    );
  }
  row.forEach((cell, c) => {
    const bad =
      (typeof cell === 'number' && !Number.isFinite(cell)) ||
      (cell instanceof Date && Number.isNaN(cell.getTime()));
    if (bad) {
      throw new RangeError(
        `rows[${r}] column "${columns[c]}" holds ${String(cell)}, which no spreadsheet can store; ` +
          'use null for a missing number or date.',
      );
    }
  });
}

/** {@link checkRow} for every row of a table held in memory. */
export function checkTable(table: Table): void {
  table.rows.forEach((row, r) => {
    checkRow(table.columns, row, r);
  });
}
