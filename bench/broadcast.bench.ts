/**
 * Broadcast delivery, measured side by side in one run against a fake Bot API with a strict
 * sliding-window flood limit (`broadcast-fake-api.ts`: at most 30 messages in any 1000 ms,
 * 1000 for paid calls), on a fresh SQLite file holding 100,000 subscribers:
 *   1. free mode, `--recipients` villagers (default 3,000): the baseline (a plain grammY loop
 *      with the throttler plugin's defaults and auto-retry, `broadcast-baseline.ts`), then the
 *      engine at its default rate;
 *   2. kill -9 half-way: the same number through the Bot API emulator, delivered by an engine
 *      process that is SIGKILLed after about half, then a fresh one; duplicates and losses
 *      counted per chat from the messages the emulator holds;
 *   3. paid mode, `allow_paid_broadcast`: the baseline to `--paid-baseline-recipients`
 *      (default 20,000), then the engine at its default paid rate to `--paid-recipients`
 *      (default: all subscribers; 10 × `--recipients` when that is given).
 * For each: the achieved rate as a ratio of the limit (first to last accepted message, as the
 * fake API saw them), the 429s it answered, and the sender's peak RSS (each sender runs in its
 * own process, so the figure is its own). `--engine-rate` / `--engine-paid-rate` override the
 * engine's defaults (e.g. 25 and 1000 to measure the engine as it was).
 *
 * `--engine=postgres` runs the outbox in a fresh schema of TEST_DATABASE_URL (results go to
 * `broadcast-postgres.json`); `--only=free,kill,paid` runs some parts (a quick look, not a
 * record); `--mem-trace` has each engine process sample `process.memoryUsage()` every 100 ms
 * and report where its peak was (JS heap, external buffers, the rest native).
 *
 *   npm run bench -- broadcast [--recipients N] [--paid-recipients N] [--subscribers N]
 *     [--engine=sqlite|postgres] [--only=free,kill,paid] [--mem-trace] [--tsx]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { type BotApiEmulator, createBotApiEmulator } from '../src/sandbox/emulator.js';
import { createBroadcast } from '../src/store/broadcasts.repository.js';
import { type Db, openStore } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { freshDatabaseUrl } from './bot-process.js';
import type { FakeApiStats } from './broadcast-fake-api.js';

const TOKEN = '5550003:BROADCAST-bench-token';
const LIMIT = 30;
const PAID_LIMIT = 1000;
const FIRST_ID = 1_000_000;
const ROOT = new URL('..', import.meta.url).pathname;

function numberArg(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : undefined;
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

interface Measured {
  ratio_of_limit: number;
  achieved_rate: number;
  http_429: number;
  peak_rss_mb: number;
  sent: number;
  loop_delay_p99_ms?: number;
  loop_delay_max_ms?: number;
  memory_at_peak_mb?: Record<string, unknown>;
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const subscribers = numberArg(args, '--subscribers') ?? 100_000;
  const given = numberArg(args, '--recipients');
  const recipients = Math.min(subscribers, given ?? 3_000);
  const paidRecipients = Math.min(
    subscribers,
    numberArg(args, '--paid-recipients') ?? (given ? given * 10 : subscribers),
  );
  const paidBaseline = Math.min(
    subscribers,
    numberArg(args, '--paid-baseline-recipients') ?? Math.min(20_000, paidRecipients),
  );
  const engineRate = String(numberArg(args, '--engine-rate') ?? 'default');
  const enginePaidRate = String(numberArg(args, '--engine-paid-rate') ?? 'default');
  const dbEngine = args.includes('--engine=postgres') ? 'postgres' : 'sqlite';
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const part = (name: string) => !only || only.includes(name);
  traceMemory = args.includes('--mem-trace');
  bundled = await bundle(args);

  const dir = mkdtempSync(join(tmpdir(), 'cunjing-broadcast-bench-'));
  // The workers take a SQLite file or a database URL (a fresh schema on PostgreSQL).
  const file =
    dbEngine === 'postgres'
      ? await freshDatabaseUrl('postgres', process.env.TEST_DATABASE_URL)
      : join(dir, 'bench.db');
  const store = openStore(dbEngine === 'postgres' ? file : `sqlite:${file}`);
  const api = await fakeApi(LIMIT, PAID_LIMIT);
  let emulator: BotApiEmulator | undefined;
  const none = { ratio_of_limit: 0, achieved_rate: 0, http_429: 0, peak_rss_mb: -1, sent: 0 };
  let [freeBaseline, freeEngine, paidBase, paidEngine]: Measured[] = [none, none, none, none];
  let kill: Awaited<ReturnType<typeof killHalfway>> | undefined;
  try {
    await migrateToLatest(store.db);
    await insertSubscribers(store.db, subscribers);
    if (!part('free')) console.log('  free mode: skipped (--only)');
    else {
      console.log(`  free mode, baseline: ${recipients} recipients, limit ${LIMIT}/s …`);
      freeBaseline = await measure(api, LIMIT, () =>
        child('broadcast-baseline.ts', [
          api.root,
          TOKEN,
          String(LIMIT),
          '0',
          `${FIRST_ID}`,
          `${recipients}`,
        ]),
      );
      console.log(`  free mode, engine: ${recipients} recipients …`);
      await newBroadcast(store.db, recipients, '【反诈提醒】免费');
      freeEngine = await measure(api, LIMIT, () =>
        child('broadcast-worker.ts', [file, api.root, TOKEN, engineRate, 'bench-free']),
      );
    }

    if (part('kill')) {
      console.log(`  kill -9 half-way: ${recipients} recipients …`);
      emulator = createBotApiEmulator({ token: TOKEN, port: 0 });
      await emulator.start();
      kill = await killHalfway(store.db, file, emulator, recipients, engineRate);
      await emulator.stop();
      emulator = undefined;
    }

    if (part('paid')) {
      console.log(`  paid mode, baseline: ${paidBaseline} recipients, limit ${PAID_LIMIT}/s …`);
      paidBase = await measure(api, PAID_LIMIT, () =>
        child('broadcast-baseline.ts', [
          api.root,
          TOKEN,
          String(PAID_LIMIT),
          '1',
          `${FIRST_ID}`,
          `${paidBaseline}`,
        ]),
      );
      console.log(`  paid mode, engine: ${paidRecipients} recipients …`);
      await newBroadcast(store.db, paidRecipients, '【紧急】付费');
      paidEngine = await measure(api, PAID_LIMIT, () =>
        child('broadcast-worker.ts', [
          file,
          api.root,
          TOKEN,
          engineRate,
          'bench-paid',
          enginePaidRate,
        ]),
      );
    }

    return {
      engine: dbEngine,
      senders: bundled.size > 0 ? 'esbuild bundle, plain node' : 'tsx',
      ...(only ? { only } : {}),
      limiter: 'strict sliding window, 1000 ms',
      subscribers,
      engine_rate: engineRate,
      engine_paid_rate: enginePaidRate,
      free: { limit: LIMIT, recipients, baseline: freeBaseline, engine: freeEngine },
      paid: {
        limit: PAID_LIMIT,
        baseline_recipients: paidBaseline,
        recipients: paidRecipients,
        baseline: paidBase,
        engine: paidEngine,
      },
      kill_9: kill,
    };
  } finally {
    await emulator?.stop();
    api.stop();
    if (dbEngine === 'postgres') {
      const schema = new URL(file).searchParams.get('options')?.split('=')[1];
      if (schema) await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Subscribers as the bot stores them, 500 rows per INSERT in one transaction. */
async function insertSubscribers(db: Db, count: number): Promise<void> {
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < count; from += 500) {
      const rows = Array.from({ length: Math.min(500, count - from) }, (_, i) => ({
        telegram_id: FIRST_ID + from + i,
        first_name: `村民${from + i}`,
        language: 'zh-CN',
        village_code: null,
        role: 'resident',
        scope_kind: null,
        scope_code: null,
        active: 1,
        created_at: at,
        updated_at: at,
      }));
      await trx.insertInto('users').values(rows).execute();
    }
  });
}

/** An approved broadcast to the first `count` subscribers, enqueued inside the database. */
async function newBroadcast(db: Db, count: number, text: string): Promise<number> {
  const id = await createBroadcast(db, {
    kind: 'urgent',
    text,
    priority: 100,
    authorId: null,
    status: 'approved',
  });
  await sql`insert into broadcast_recipients (broadcast_id, user_id, priority, status, attempts)
    select ${id}, telegram_id, 100, 'pending', 0 from users where active = 1
    order by telegram_id limit ${count}`.execute(db);
  return id;
}

async function measure(api: FakeApi, limit: number, start: () => ChildProcess): Promise<Measured> {
  await api.reset();
  const sender = start();
  const lines: string[] = [];
  createInterface({ input: sender.stdout as NodeJS.ReadableStream }).on('line', (l) =>
    lines.push(l),
  );
  const code = await exited(sender);
  if (code !== 0) throw new Error(`the sender exited with ${code}`);
  const report = JSON.parse(lines.at(-1) ?? '{}') as {
    maxRssMb?: number;
    loopDelayP99Ms?: number;
    loopDelayMaxMs?: number;
    memoryAtPeakMb?: Record<string, unknown>;
  };
  const s = await api.stats();
  const rate = s.accepted > 1 ? (s.accepted - 1) / ((s.lastMs - s.firstMs) / 1000) : 0;
  return {
    ratio_of_limit: round(rate / limit, 3),
    achieved_rate: round(rate),
    http_429: s.http429,
    peak_rss_mb: report.maxRssMb ?? -1,
    sent: s.accepted,
    ...(report.loopDelayP99Ms !== undefined
      ? { loop_delay_p99_ms: report.loopDelayP99Ms, loop_delay_max_ms: report.loopDelayMaxMs }
      : {}),
    ...(report.memoryAtPeakMb ? { memory_at_peak_mb: report.memoryAtPeakMb } : {}),
  };
}

async function killHalfway(
  db: Db,
  file: string,
  emulator: BotApiEmulator,
  count: number,
  rate: string,
) {
  const ids = Array.from({ length: count }, (_, i) => FIRST_ID + i);
  for (const id of ids) emulator.addUser({ id, first_name: `村民${id}` });
  const text = '【反诈提醒】重启测试';
  const id = await newBroadcast(db, count, text);
  const sentBefore = emulator.stats().sent;
  const sentNow = () => emulator.stats().sent - sentBefore;
  const worker = () =>
    child('broadcast-worker.ts', [file, emulator.apiRoot, TOKEN, rate, 'bench-replica']);

  const first = worker();
  // Polled on a timer, so the kill lands at an arbitrary moment relative to the sends.
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (sentNow() < count / 2) return;
      clearInterval(timer);
      first.kill('SIGKILL');
      resolve();
    }, 20);
  });
  await exited(first);
  const killedAfter = sentNow();
  // Rows the dead worker held: re-sent by the next one. Only those Telegram already has
  // (sent, result not yet written) become duplicates.
  const claimed = await db
    .selectFrom('broadcast_recipients')
    .select('user_id')
    .where('broadcast_id', '=', id)
    .where('status', '=', 'claimed')
    .execute();
  const delivered = (chat: number) => emulator.messages(chat).filter((m) => m.text === text).length;
  const unrecorded = claimed.filter((r) => delivered(Number(r.user_id)) > 0).length;

  const code = await exited(worker());
  if (code !== 0) throw new Error(`the restarted worker exited with ${code}`);

  let duplicates = 0;
  let lost = 0;
  for (const chat of ids) {
    const n = delivered(chat);
    if (n === 0) lost++;
    duplicates += Math.max(0, n - 1);
  }
  return {
    duplicates,
    lost,
    claimed_rows_at_kill: claimed.length,
    sent_but_unrecorded_at_kill: unrecorded,
    killed_after_messages: killedAfter,
  };
}

let traceMemory = false;
let bundled: Map<string, string> | undefined;

/**
 * Each sender runs as production runs the engine: bundled by esbuild, under plain Node
 * (`bin/build.js` does the same for `cunjing start`). Under tsx a second thread compiles
 * TypeScript with its own V8 heap, about 45 MB of RSS that no deployed process has; with
 * `--tsx` the senders run under tsx anyway (the figures before 2026-12-04 were measured so).
 */
async function bundle(args: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (args.includes('--tsx')) return out;
  const require = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = require('esbuild') as typeof import('esbuild');
  for (const script of ['broadcast-worker.ts', 'broadcast-baseline.ts']) {
    const file = join(ROOT, 'dist', 'bench', script.replace(/\.ts$/, '.mjs'));
    await esbuild.build({
      entryPoints: [join(ROOT, 'bench', script)],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'pg', 'pg-native'],
      banner: {
        js: "import { createRequire as $require } from 'node:module'; const require = $require(import.meta.url);",
      },
      logLevel: 'warning',
    });
    out.set(script, file);
  }
  return out;
}

function child(script: string, args: string[]): ChildProcess {
  const entry = bundled?.get(script);
  return spawn(
    process.execPath,
    entry ? [entry, ...args] : [join(ROOT, 'bin/run-ts.js'), join(ROOT, 'bench', script), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...(traceMemory ? { BROADCAST_MEM_TRACE: '1' } : {}) },
    },
  );
}

interface FakeApi {
  root: string;
  stats(): Promise<FakeApiStats>;
  reset(): Promise<void>;
  stop(): void;
}

async function fakeApi(limit: number, paidLimit: number): Promise<FakeApi> {
  const server = child('broadcast-fake-api.ts', [String(limit), String(paidLimit)]);
  const port = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream });
    lines.once('line', (l) => resolve(l.replace('port ', '')));
    server.once('exit', (code) => reject(new Error(`the fake Bot API exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    root: base,
    stats: async () => (await (await fetch(`${base}/stats`)).json()) as FakeApiStats,
    reset: async () => {
      await fetch(`${base}/reset`, { method: 'POST' });
    },
    stop: () => server.kill(),
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
