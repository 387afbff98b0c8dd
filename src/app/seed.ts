/**
 * First-run data: when the store has no villages yet, load the county file named in the config
 * (the example county by default), so a fresh install is usable at once.
 */
import { readFile } from 'node:fs/promises';
import { parseCountyFile } from '../content/county-file.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import { countVillages, importCountyData } from '../store/places.repository.js';
import { StartupError } from './startup-error.js';

async function readCountyFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code;
    throw new StartupError(`Cannot read the county file ${file} (${why}): check VILLAGES_FILE.`);
  }
}

export async function seedVillagesIfEmpty(db: Db, file: string, logger: Logger): Promise<void> {
  if ((await countVillages(db)) > 0) return;
  const result = await importCountyData(db, parseCountyFile(await readCountyFile(file)));
  logger.info('loaded county file into an empty store', { file, villages: result.villages });
}
