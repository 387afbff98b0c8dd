/**
 * `cunjing backup [file]`: a consistent copy of the live SQLite database, safe while the bot runs.
 * Default: `data/backups/cunjing-<local date-time>.db`. PostgreSQL has its own tools; for it the
 * command prints the pg_dump and pg_restore lines to use.
 */
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import {
  BackupCheckError,
  backupFileName,
  backupSqlite,
  checkBackup,
  sqlitePath,
} from '../store/backup.js';
import type { CliIo } from './context.js';

export const DEFAULT_BACKUP_DIR = 'data/backups';

export function postgresHelp(): string {
  return [
    'DATABASE_URL is PostgreSQL: use its own tools (package postgresql-client).',
    '  backup:  pg_dump --format=custom --file=cunjing-$(date +%F).dump "$DATABASE_URL"',
    '  restore: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" cunjing-YYYY-MM-DD.dump',
  ].join('\n');
}

export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const source = sqlitePath(config.DATABASE_URL);
  if (!source) {
    io.err(postgresHelp());
    return 1;
  }
  const target =
    args[0] ?? join(config.BACKUP_DIR ?? DEFAULT_BACKUP_DIR, backupFileName(new Date(), config.TZ));
  try {
    const pages = await backupSqlite(source, target);
    const { reports } = checkBackup(target);
    io.out(`Backed up ${source} to ${target} (${pages} pages, ${reports} reports).`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupCheckError)) throw error;
    io.err(`Backup failed: ${error.message}`);
    return 1;
  }
}
