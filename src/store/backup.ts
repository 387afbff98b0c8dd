/**
 * Backups of the SQLite store while the bot runs, and checked restores. A plain file copy of a
 * live database misses whatever still sits in the WAL file; SQLite's online backup API copies a
 * consistent snapshot instead. We copy all pages in one step, so the snapshot is the state at one
 * instant even while reports are being written, and write to a `.partial` file renamed at the end,
 * so an interrupted backup is never mistaken for a good one.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { MIGRATION_NAMES } from './migrate.js';

/** The tables every cunjing database has had since its first migration. */
const REQUIRED_TABLES = [
  'county',
  'stations',
  'townships',
  'villages',
  'users',
  'kv',
  'kysely_migration',
];

/** A restore was refused; the message says why, for the installer. */
export class BackupCheckError extends Error {
  override name = 'BackupCheckError';
}

/** `sqlite:<path>` → the path, or null for other engines and in-memory databases. */
export function sqlitePath(url: string): string | null {
  if (!url.startsWith('sqlite:')) return null;
  const path = url.slice('sqlite:'.length);
  return path === ':memory:' ? null : path;
}

/** `cunjing-2026-12-02-0315.db`: the local date and time in the county's time zone. */
export function backupFileName(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `cunjing-${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}${parts.second}.db`;
}

/** Copies a live SQLite database to `target`; returns the number of pages copied. */
export async function backupSqlite(source: string, target: string): Promise<number> {
  if (!existsSync(source)) throw new BackupCheckError(`There is no database at ${source}.`);
  await mkdir(dirname(target) || '.', { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, all remaining pages in one step: one consistent snapshot.
    const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, target);
    return totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

function isSqliteFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return (
      readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0'
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that a file is a sound cunjing database this version can run: an SQLite file, intact,
 * with cunjing's tables, and no migration newer than this code. Throws `BackupCheckError`.
 */
export function checkBackup(file: string): { migrations: number; reports: number } {
  if (!existsSync(file)) throw new BackupCheckError(`${file} does not exist.`);
  if (!isSqliteFile(file)) throw new BackupCheckError(`${file} is not an SQLite database.`);
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new BackupCheckError(`${file} is damaged (integrity_check: ${String(integrity)}).`);
    const tables = new Set(
      db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length)
      throw new BackupCheckError(
        `${file} is not a cunjing database (missing tables: ${missing.join(', ')}).`,
      );
    const applied = db.prepare('select name from kysely_migration').pluck().all() as string[];
    const unknown = applied.filter((name) => !MIGRATION_NAMES.includes(name));
    if (unknown.length)
      throw new BackupCheckError(
        `${file} comes from a newer cunjing (unknown migration ${unknown[0]}): upgrade cunjing first.`,
      );
    const reports = tables.has('reports')
      ? Number(db.prepare('select count(*) from reports').pluck().get())
      : 0;
    return { migrations: applied.length, reports };
  } finally {
    db.close();
  }
}

/**
 * Puts a checked backup in place of the database at `target`. The database it replaces is kept
 * beside it as `<name>.before-restore-<stamp>` so a wrong restore can be undone. Run it with the
 * bot stopped.
 */
export async function restoreSqlite(
  file: string,
  target: string,
  stamp: string,
): Promise<{ kept: string | null; reports: number }> {
  const { reports } = checkBackup(file);
  let kept: string | null = null;
  if (existsSync(target)) {
    // Fold the WAL into the main file first, so the kept copy is complete on its own.
    const current = new SQLite(target, { fileMustExist: true });
    try {
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
    kept = `${target}.before-restore-${stamp}`;
    renameSync(target, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  await mkdir(dirname(target) || '.', { recursive: true });
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return { kept, reports };
}

/** Deletes backups in `dir` older than `keepDays` (only files named like ours). */
export async function pruneBackups(dir: string, keepDays: number, now: Date): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/^cunjing-[\d-]+\.db$/.test(name)) continue;
    const path = join(dir, name);
    if (now.getTime() - (await stat(path)).mtimeMs > keepDays * 86_400_000) {
      await rm(path, { force: true });
      removed.push(basename(path));
    }
  }
  return removed;
}
