/**
 * The real bot process (`bin/cunjing.js start`) against the Bot API emulator, for the `kill -9`
 * harnesses: a fresh database (a SQLite file, or a new schema in TEST_DATABASE_URL), start,
 * SIGKILL and restart, and a wait that re-checks on every emulator event.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BotApiEmulator } from '../src/sandbox/emulator.js';

export const TOKEN = '5550001:EMULATOR-test-token-0000000000';
const BIN = new URL('../bin/cunjing.js', import.meta.url).pathname;

/** A database of its own for one harness run. */
export async function freshDatabaseUrl(
  engine: 'sqlite' | 'postgres',
  postgresUrl?: string,
): Promise<string> {
  if (engine === 'sqlite')
    return `sqlite:${join(mkdtempSync(join(tmpdir(), 'cunjing-rel-')), 'app.db')}`;
  if (!postgresUrl) throw new Error('--engine=postgres needs TEST_DATABASE_URL');
  const schema = `rel_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/**
 * Resolves when `check` holds, re-checked on every emulator event (and every 50 ms for what
 * raises none, such as a call to deleteWebhook); false after `ms`.
 */
export function waitUntil(emulator: BotApiEmulator, check: () => boolean, ms: number) {
  return new Promise<boolean>((resolve) => {
    if (check()) return resolve(true);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      clearInterval(poll);
      off();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), ms);
    const poll = setInterval(() => check() && finish(true), 50);
    const off = emulator.subscribe(() => check() && finish(true));
  });
}

export interface BotProcess {
  /** Starts the bot; resolves once it is polling (it has called deleteWebhook). */
  start(): Promise<void>;
  /** SIGKILL, then start again. */
  killAndRestart(): Promise<void>;
  stop(): void;
  readonly kills: number;
}

export function botProcess(
  emulator: BotApiEmulator,
  databaseUrl: string,
  env: Record<string, string> = {},
): BotProcess {
  let child: ChildProcess | null = null;
  let kills = 0;
  async function start(): Promise<void> {
    const before = emulator.calls.length;
    child = spawn(process.execPath, [BIN, 'start'], {
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'error',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const up = await waitUntil(
      emulator,
      () => emulator.calls.slice(before).some((c) => c.method === 'deleteWebhook'),
      60_000,
    );
    if (!up) throw new Error('the bot process did not start');
  }
  return {
    start,
    async killAndRestart() {
      const dying = child;
      if (!dying) return;
      const exited = new Promise((r) => dying.once('exit', r));
      dying.kill('SIGKILL');
      await exited;
      kills++;
      await start();
    },
    stop: () => child?.kill('SIGKILL'),
    get kills() {
      return kills;
    },
  };
}
