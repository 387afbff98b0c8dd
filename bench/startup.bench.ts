/**
 * Start-up: time from launching the process to its first getUpdates (ready to serve), and resident
 * memory once idle, for cunjing in polling mode (compiled, production start path, emulator not
 * loaded) against a bare grammY bot, both talking to the same fake Bot API in the same run.
 *
 *   npm run bench -- startup [--runs=5] [--idle-ms=3000]
 *
 * The database is migrated and seeded by a first, unmeasured start, as on every restart after
 * the first; the first start's figure is reported separately. After the idle figure, a villager
 * asks cunjing a first service question (/start, language, question): the time to its answers and
 * the idle memory after it are reported too, since the matcher's index is built then.
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

/**
 * A Bot API that answers every method; getUpdates is held open, like Telegram's long poll, until
 * `deliver` hands it updates. Sent messages come back as messages.
 */
function fakeBotApi() {
  const waiting = new Set<ServerResponse>();
  const queued: unknown[] = [];
  const firstPoll = new Map<string, () => void>();
  const sentTo = new Map<number, (sent: { messageId: number; text: string }) => void>();
  const lastSent = new Map<number, number>();
  let messageId = 1000;
  const answer = (res: ServerResponse, result: unknown) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ok: true, result }));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const reply = (result: unknown) => answer(res, result);
      if (method === 'getMe') return reply(BOT);
      if (method === 'getUpdates') {
        for (const [, resolve] of firstPoll) resolve();
        firstPoll.clear();
        if (queued.length) return reply(queued.splice(0));
        waiting.add(res);
        res.on('close', () => waiting.delete(res));
        return;
      }
      if (method === 'sendMessage' || method === 'editMessageText') {
        const params = parseParams(req, body);
        const chatId = Number(params.chat_id);
        messageId += 1;
        lastSent.set(chatId, messageId);
        sentTo.get(chatId)?.({ messageId, text: String(params.text ?? '') });
        sentTo.delete(chatId);
        return reply({
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private', first_name: 'v' },
          text: String(params.text ?? ''),
        });
      }
      return reply(true);
    });
  });
  return {
    /** Hands `updates` to the held long poll (or the next one). */
    deliver(...updates: unknown[]) {
      queued.push(...updates);
      const [res] = waiting;
      if (!res) return;
      waiting.delete(res);
      answer(res, queued.splice(0));
    },
    /** Resolves at the next message sent (or edited) in `chatId`. */
    nextMessageTo(chatId: number): Promise<{ messageId: number; text: string }> {
      return new Promise((resolve) => sentTo.set(chatId, resolve));
    },
    /** The id of the last message sent to `chatId`. */
    lastMessageTo(chatId: number): number {
      return lastSent.get(chatId) ?? 0;
    },
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

function parseParams(req: IncomingMessage, body: string): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(body || '{}');
  return Object.fromEntries(new URLSearchParams(body));
}

/**
 * A villager's first service question: /start with a village, a language, then the question.
 * Returns the milliseconds from the question to its answer.
 */
async function firstQuestion(api: ReturnType<typeof fakeBotApi>, userId: number): Promise<number> {
  const from = { id: userId, is_bot: false, first_name: '王大妈' };
  const chat = { id: userId, type: 'private', first_name: '王大妈' };
  const date = Math.floor(Date.now() / 1000);
  const message = (updateId: number, text: string) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date,
      chat,
      from,
      text,
      ...(text.startsWith('/')
        ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length }] }
        : {}),
    },
  });
  const steps = [
    () => message(userId * 10 + 1, '/start v_wl-hongqi'),
    // The language list is the last message the start sent.
    () => ({
      update_id: userId * 10 + 2,
      callback_query: {
        id: String(userId * 10 + 2),
        from,
        chat_instance: '1',
        data: 'lang:zh-CN',
        message: { message_id: api.lastMessageTo(userId), date, chat, from: BOT, text: '…' },
      },
    }),
    () => message(userId * 10 + 3, '俺娘身份证丢了咋办'),
  ];
  let asked = 0;
  for (const step of steps) {
    const answered = api.nextMessageTo(userId);
    asked = performance.now();
    api.deliver(step());
    const { text } = await answered;
    if (process.env.BENCH_DEBUG) console.error('answer:', text.slice(0, 80));
  }
  return performance.now() - asked;
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

interface Measured {
  readyMs: number;
  rssMb: number;
  /** With `askFirst`: idle memory again after a villager's first service question. */
  afterQuestionRssMb?: number;
  /** With `askFirst`: from that question to its answer. */
  firstAnswerMs?: number;
}

async function measure(
  api: ReturnType<typeof fakeBotApi>,
  launch: () => ChildProcess,
  idleMs: number,
  askFirst = false,
): Promise<Measured> {
  const polled = api.nextPoll();
  const started = performance.now();
  const child = launch();
  const exited = new Promise((done) => child.once('exit', done));
  await polled;
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, idleMs));
  const result: Measured = { readyMs, rssMb: rssMb(child.pid as number) };
  if (askFirst) {
    result.firstAnswerMs = await firstQuestion(api, 700_000 + Math.floor(Math.random() * 1000));
    await new Promise((r) => setTimeout(r, idleMs));
    result.afterQuestionRssMb = rssMb(child.pid as number);
  }
  // Measured; stop it outright (a held long poll would make a graceful stop wait).
  child.kill('SIGKILL');
  await exited;
  return result;
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
  const ours: Measured[] = [];
  const theirs: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await measure(api, cunjing, idleMs, true));
    theirs.push(await measure(api, bare, idleMs));
  }
  await api.close();

  const summary = (xs: typeof ours) => ({
    ready_ms_median: round(median(xs.map((x) => x.readyMs))),
    ready_ms_all: xs.map((x) => round(x.readyMs)),
    idle_rss_mb_median: round(median(xs.map((x) => x.rssMb))),
    idle_rss_mb_all: xs.map((x) => round(x.rssMb)),
  });
  const c = {
    ...summary(ours),
    // Not part of "ready" or "idle": the service matcher's index is built by the first question.
    first_question_ms_median: round(median(ours.map((x) => x.firstAnswerMs ?? 0))),
    after_first_question_rss_mb_median: round(median(ours.map((x) => x.afterQuestionRssMb ?? 0))),
    after_first_question_rss_mb_all: ours.map((x) => round(x.afterQuestionRssMb ?? 0)),
  };
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
