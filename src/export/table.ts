/**
 * The one shape every exporter takes: a header and rows of plain cells.
 *
 * Keeping it this small splits the work cleanly: the report query decides what each column means
 * and how a date reads, the writers only decide how a file is laid out. A cell is text, a number
 * (written as a real number, so officers can sum and sort), or `null` for blank.
 *
 * @example
 * const table: Table = {
 *   columns: ['编号', '村', '内容', '金额'],
 *   rows: [[1, '东沟村', '接到冒充公检法电话', 5000], [2, '西沟村', '丢失身份证', null]],
 * };
 */
export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

/**
 * Throws when the table cannot be written faithfully: a row wider or narrower than the header
 * (the cells would land under the wrong column), or a number that is not finite (no spreadsheet
 * can store NaN or Infinity, and XLSX would be corrupt). Both are bugs in whoever built the table,
 * so they fail loudly instead of exporting a misleading file.
 */
export function checkTable(table: Table): void {
  const width = table.columns.length;
  table.rows.forEach((row, r) => {
    if (row.length !== width) {
      throw new RangeError(
        `rows[${r}] has ${row.length} cells but the table has ${width} columns; ` +
          'give every row exactly one cell per column (null for a blank one).',
      );
    }
    row.forEach((cell, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell)) {
        throw new RangeError(
          `rows[${r}] column "${table.columns[c]}" holds ${cell}, which no spreadsheet can store; ` +
            'use null for a missing number.',
        );
      }
    });
  });
}
