/**
 * Start-up: time from launching the process to its first getUpdates (ready to serve), and resident
 * memory once idle, for cunjing in polling mode (compiled, production start path, emulator not
 * loaded) against a bare grammY bot, both talking to the same fake Bot API in the same run.
 *
 *   npm run bench -- startup [--runs=5] [--idle-ms=3000]
 *
 * The database is migrated and seeded by a first, unmeasured start, as on every restart after
 * the first; the first start's figure is reported separately.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = '5550001:STARTUP-bench-token-0000000000000';
const READY_TARGET_MS = 1000;
const RSS_TARGET_MB = 120;

const BOT = {
  id: 5550001,
  is_bot: true,
  first_name: 'bench',
  username: 'bench_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/** A Bot API that answers every method; getUpdates is held open, like Telegram's long poll. */
function fakeBotApi() {
  const waiting = new Set<ServerResponse>();
  const firstPoll = new Map<string, () => void>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    req.resume();
    const reply = (result: unknown) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, result }));
    if (method === 'getMe') return reply(BOT);
    if (method === 'getUpdates') {
      for (const [, resolve] of firstPoll) resolve();
      firstPoll.clear();
      waiting.add(res);
      res.on('close', () => waiting.delete(res));
      return;
    }
    return reply(true);
  });
  return {
    async listen(): Promise<string> {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    nextPoll(): Promise<void> {
      return new Promise((resolve) => firstPoll.set(String(Math.random()), resolve));
    },
    close(): Promise<void> {
      for (const res of waiting) res.writeHead(200).end('{"ok":true,"result":[]}');
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const BARE_GRAMMY = `
import { Bot } from 'grammy';
const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.TELEGRAM_API_ROOT } });
bot.command('start', (ctx) => ctx.reply('hello'));
bot.on('message', (ctx) => ctx.reply('ok'));
process.once('SIGTERM', () => bot.stop());
bot.start();
`;

async function measure(
  api: ReturnType<typeof fakeBotApi>,
  launch: () => ChildProcess,
  idleMs: number,
): Promise<{ readyMs: number; rssMb: number }> {
  const polled = api.nextPoll();
  const started = performance.now();
  const child = launch();
  const exited = new Promise((done) => child.once('exit', done));
  await polled;
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, idleMs));
  const rss = rssMb(child.pid as number);
  // Measured; stop it outright (a held long poll would make a graceful stop wait).
  child.kill('SIGKILL');
  await exited;
  return { readyMs, rssMb: rss };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
  const idleMs = Number(args.find((a) => a.startsWith('--idle-ms='))?.slice(10) ?? 3000);
  spawnSync(process.execPath, [join(ROOT, 'bin/build.js'), '--if-stale'], { stdio: 'inherit' });

  const api = fakeBotApi();
  const apiRoot = await api.listen();
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-startup-'));
  const env = {
    PATH: process.env.PATH ?? '',
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
    LOG_LEVEL: 'warn',
  };
  const cunjing = () =>
    spawn(process.execPath, [join(ROOT, 'bin/cunjing.js'), 'start'], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const bare = () =>
    spawn(process.execPath, ['--input-type=module', '-e', BARE_GRAMMY], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });

  const first = await measure(api, cunjing, 200);
  const ours: Array<{ readyMs: number; rssMb: number }> = [];
  const theirs: Array<{ readyMs: number; rssMb: number }> = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await measure(api, cunjing, idleMs));
    theirs.push(await measure(api, bare, idleMs));
  }
  await api.close();

  const summary = (xs: typeof ours) => ({
    ready_ms_median: round(median(xs.map((x) => x.readyMs))),
    ready_ms_all: xs.map((x) => round(x.readyMs)),
    idle_rss_mb_median: round(median(xs.map((x) => x.rssMb))),
    idle_rss_mb_all: xs.map((x) => round(x.rssMb)),
  });
  const c = summary(ours);
  const g = summary(theirs);
  return {
    runs,
    idle_ms: idleMs,
    first_start_with_migrations_ms: round(first.readyMs),
    cunjing: c,
    bare_grammy: g,
    ready_ratio_to_bare: round(c.ready_ms_median / g.ready_ms_median),
    ready_ratio_to_target: round(c.ready_ms_median / READY_TARGET_MS),
    rss_ratio_to_target: round(c.idle_rss_mb_median / RSS_TARGET_MB),
    targets: { ready_ms: READY_TARGET_MS, idle_rss_mb: RSS_TARGET_MB },
  };
}
