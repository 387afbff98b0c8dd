/**
 * A CSV file written row by row, waiting for the disk whenever the stream's buffer is full, so an
 * export of any size needs only a few rows' worth of memory.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { BOM, csvRecord } from './csv.js';
import type { RowSink } from './row-sink.js';
import { checkRow } from './table.js';

/** Opens `file` and writes the BOM and header; rows follow through the returned sink. */
export async function openCsv(file: string, headers: readonly string[]): Promise<RowSink> {
  const out = createWriteStream(file);
  await once(out, 'open');
  let count = 0;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(BOM + csvRecord(headers));
  return {
    async add(cells) {
      checkRow(headers, cells, count++);
      await write(csvRecord(cells));
    },
    async close() {
      out.end();
      await finished(out);
    },
  };
}
