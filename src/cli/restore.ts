/**
 * `cunjing restore <file>`: puts a backup back in place of the SQLite database, after checking it
 * is an intact cunjing database this version can run. The replaced database is kept beside it.
 * Stop the bot first (`systemctl stop cunjing`); migrations bring an older backup up to date at
 * the next start.
 */
import { loadConfig } from '../config.js';
import { BackupCheckError, restoreSqlite, sqlitePath } from '../store/backup.js';
import { postgresHelp } from './backup.js';
import { type CliIo, UsageError } from './context.js';

export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError('usage: cunjing restore <backup.db>   (stop the bot first)');
  const config = loadConfig(io.env);
  const target = sqlitePath(config.DATABASE_URL);
  if (!target) {
    io.err(postgresHelp());
    return 1;
  }
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const { kept, reports } = await restoreSqlite(file, target, stamp);
    io.out(`Restored ${file} to ${target} (${reports} reports).`);
    if (kept) io.out(`The database it replaced is kept as ${kept}.`);
    return 0;
  } catch (error) {
    if (error instanceof BackupCheckError) {
      io.err(`Restore refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
