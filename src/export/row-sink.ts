import type { Cell } from './table.js';

/**
 * Where exported rows go, one at a time: a CSV file or a workbook. `add` resolves once the row is
 * handed on (waiting when the file is behind), so a million rows never pile up in memory.
 */
export interface RowSink {
  add(cells: Cell[]): Promise<void>;
  /** Finishes the file; resolves when every byte is on disk. */
  close(): Promise<void>;
}
