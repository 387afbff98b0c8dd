/**
 * Loads a heavy package the first time it is needed instead of at start-up. exceljs, pg, the
 * Redis client, the PNG renderer and the image decoders together cost a station PC about a
 * second and tens of MB on every start, although most runs never export, draw a chart, read a
 * screenshot or talk to PostgreSQL. `require` (these are CommonJS packages) keeps the callers
 * synchronous.
 *
 * @example
 * const exceljs = loadOnDemand<typeof import('exceljs')>('exceljs');
 * const wb = new (exceljs().stream.xlsx.WorkbookWriter)({ filename });
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function loadOnDemand<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
