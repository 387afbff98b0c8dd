/**
 * `cunjing backup` and `cunjing restore`: a backup taken while another process writes reports
 * holds every report committed before it; a restore checks the file and refuses anything that is
 * not an intact cunjing database, saying why.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SQLite from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runDailyBackup } from '../../src/app/jobs.js';
import type { CliIo } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/index.js';
import { createTestStore } from '../helpers/store.js';

const RUN_TS = new URL('../../bin/run-ts.js', import.meta.url).pathname;
const WRITER = new URL('./fixtures/report-writer.ts', import.meta.url).pathname;

function cliIo(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env };
  return { io, out, err };
}

function referencesIn(file: string): string[] {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.prepare('select reference from reports order by id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('cunjing backup and restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cunjing-backup-'));
  });

  it('backs up a live database while another process writes reports: every committed report is in the copy', async () => {
    const live = await createTestStore('sqlite', { file: true });
    await live.close();
    const writer = spawn(process.execPath, [RUN_TS, WRITER, live.url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const committed: string[] = [];
    let want = 0;
    let reached: () => void = () => {};
    createInterface({ input: writer.stdout }).on('line', (reference) => {
      committed.push(reference);
      if (committed.length >= want) reached();
    });
    const until = (count: number) =>
      new Promise<void>((resolve) => {
        want = count;
        reached = resolve;
        if (committed.length >= count) resolve();
      });
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    try {
      await until(30);
      const before = [...committed];
      const target = join(dir, 'during-writes.db');
      const { io, out } = cliIo({ DATABASE_URL: live.url });
      expect(await runCli(['backup', target], io)).toBe(0);
      expect(out[0]).toMatch(/^Backed up .* to .*during-writes\.db \(\d+ pages, \d+ reports\)\.$/);
      // The writer kept going during and after the backup.
      await until(committed.length + 5);

      const copied = referencesIn(target);
      expect(copied).toEqual(expect.arrayContaining(before));
      // A snapshot: the copy is exactly the first N committed reports, none half-written.
      expect(copied).toEqual(committed.slice(0, copied.length));
      const db = new SQLite(target, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      writer.kill('SIGTERM');
      await exited;
    }
  }, 120_000);

  it('names the default backup after the local date and time, in BACKUP_DIR', async () => {
    const live = await createTestStore('sqlite', { file: true });
    await live.close();
    const { io, out } = cliIo({ DATABASE_URL: live.url, BACKUP_DIR: join(dir, 'daily') });
    expect(await runCli(['backup'], io)).toBe(0);
    const file = /to (.*) \(/.exec(out[0] ?? '')?.[1] ?? '';
    expect(file).toMatch(/daily\/cunjing-\d{4}-\d{2}-\d{2}-\d{6}\.db$/);
    expect(existsSync(file)).toBe(true);
  });

  it('runs the daily backup into BACKUP_DIR and deletes backups older than BACKUP_KEEP days', async () => {
    const live = await createTestStore('sqlite', { file: true });
    await live.close();
    const backups = join(dir, 'daily');
    mkdirSync(backups);
    const now = new Date('2026-12-02T18:45:00Z');
    const old = join(backups, 'cunjing-2026-11-01-024500.db');
    const recent = join(backups, 'cunjing-2026-11-30-024500.db');
    const unrelated = join(backups, 'notes.db');
    for (const f of [old, recent, unrelated]) writeFileSync(f, '');
    utimesSync(old, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'));
    utimesSync(recent, new Date('2026-11-30T00:00:00Z'), new Date('2026-11-30T00:00:00Z'));
    utimesSync(unrelated, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const done = await runDailyBackup(
      { engine: 'sqlite', url: live.url, dir: backups, keepDays: 14 },
      'Asia/Shanghai',
      now,
    );
    expect(done).toEqual({
      file: join(backups, 'cunjing-2026-12-03-024500.db'),
      removed: ['cunjing-2026-11-01-024500.db'],
    });
    expect([existsSync(recent), existsSync(unrelated), existsSync(old)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('restores a checked backup and keeps the database it replaced', async () => {
    const live = await createTestStore('sqlite', { file: true });
    await live.close();
    const backup = join(dir, 'good.db');
    const env = { DATABASE_URL: live.url };
    expect(await runCli(['backup', backup], cliIo(env).io)).toBe(0);
    const { io, out } = cliIo(env);
    expect(await runCli(['restore', backup], io)).toBe(0);
    expect(out[0]).toMatch(/^Restored .*good\.db to .* \(0 reports\)\.$/);
    expect(out[1]).toMatch(/^The database it replaced is kept as .*\.before-restore-/);
    expect(existsSync((/kept as (.*)\.$/.exec(out[1] ?? '') ?? [])[1] ?? '')).toBe(true);
  });

  it('refuses a file that is not a cunjing database, saying why', async () => {
    const live = await createTestStore('sqlite', { file: true });
    await live.close();
    const env = { DATABASE_URL: live.url };

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all\n');
    let run = cliIo(env);
    expect(await runCli(['restore', text], run.io)).toBe(1);
    expect(run.err).toEqual([`Restore refused: ${text} is not an SQLite database.`]);

    const other = join(dir, 'other.db');
    const db = new SQLite(other);
    db.exec('create table photos (id integer primary key)');
    db.close();
    run = cliIo(env);
    expect(await runCli(['restore', other], run.io)).toBe(1);
    expect(run.err[0]).toMatch(
      /^Restore refused: .*other\.db is not a cunjing database \(missing tables: county, stations/,
    );

    const newer = join(dir, 'newer.db');
    expect(await runCli(['backup', newer], cliIo(env).io)).toBe(0);
    const n = new SQLite(newer);
    n.prepare(
      "insert into kysely_migration (name, timestamp) values ('2099-01-01-future', 'x')",
    ).run();
    n.close();
    run = cliIo(env);
    expect(await runCli(['restore', newer], run.io)).toBe(1);
    expect(run.err[0]).toMatch(
      /comes from a newer cunjing \(unknown migration 2099-01-01-future\)/,
    );

    run = cliIo(env);
    expect(await runCli(['restore', join(dir, 'missing.db')], run.io)).toBe(1);
    expect(run.err[0]).toMatch(/missing\.db does not exist/);
  });

  it('points PostgreSQL users to pg_dump and pg_restore', async () => {
    const { io, err } = cliIo({ DATABASE_URL: 'postgres://cunjing@db.example/cunjing' });
    expect(await runCli(['backup'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/pg_dump --format=custom[\s\S]*pg_restore --clean/);
  });
});
