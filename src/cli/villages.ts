/** `cunjing villages import <file>`: loads the county's places from the admin's file. */
import { readFile } from 'node:fs/promises';
import { parseCountyFile } from '../content/county-file.js';
import { appendAudit } from '../store/audit.repository.js';
import { importCountyData } from '../store/places.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

export async function villagesCommand(args: string[], io: CliIo): Promise<number> {
  const [action, file] = args;
  if (action !== 'import' || !file)
    throw new UsageError('usage: cunjing villages import <file.yaml>');
  const data = parseCountyFile(await readFile(file, 'utf8'));
  return withStore(io, async ({ db }) => {
    const result = await importCountyData(db, data);
    await appendAudit(db, {
      actorId: null,
      action: 'villages.import',
      detail: { file, villages: result.villages },
    });
    io.out(
      `Imported ${result.stations} stations, ${result.townships} townships, ${result.villages} villages from ${file}.`,
    );
    if (result.keptVillages.length) {
      io.out(
        `Kept ${result.keptVillages.length} villages missing from the file because residents are registered there: ${result.keptVillages.join(', ')}`,
      );
    }
    return 0;
  });
}
