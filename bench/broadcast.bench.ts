/**
 * Broadcast delivery against the local Bot API emulator, on a fresh SQLite file holding
 * 100,000 subscribers:
 *   1. free mode: `--recipients` villagers (default 3,000) at 25/s under Telegram's default
 *      limits (30/s, 1/s per chat): achieved rate as a fraction of 25/s, 429s, peak RSS;
 *   2. kill -9 half-way: the same number, delivered by a child process that is SIGKILLed
 *      after about half, then a fresh child; duplicates and losses counted per chat from the
 *      messages the emulator holds;
 *   3. paid mode: `allow_paid_broadcast` at 1000/s to `--paid-recipients` (default: all
 *      subscribers; 10 × `--recipients` when that is given, so `--recipients 300` is quick).
 *
 *   npm run bench -- broadcast [--recipients N] [--paid-recipients N] [--subscribers N]
 *
 * Emulator users are added per phase (each costs the emulator about 1 KB), so the free-mode
 * RSS is the engine's, not that of 100,000 simulated chats.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeliveryEngine } from '../src/broadcast/engine.js';
import { createTelegramSender } from '../src/broadcast/telegram-sender.js';
import { type BotApiEmulator, createBotApiEmulator } from '../src/sandbox/emulator.js';
import {
  createBroadcast,
  deliveryReport,
  enqueueRecipients,
} from '../src/store/broadcasts.repository.js';
import { type Db, openStore } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';

const TOKEN = '5550003:BROADCAST-bench-token';
const RATE = 25;
const PAID_RATE = 1000;
const FIRST_ID = 1_000_000;
const ROOT = new URL('..', import.meta.url).pathname;

function numberArg(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : undefined;
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const subscribers = numberArg(args, '--subscribers') ?? 100_000;
  const given = numberArg(args, '--recipients');
  const recipients = Math.min(subscribers, given ?? 3_000);
  const paidRecipients = Math.min(
    subscribers,
    numberArg(args, '--paid-recipients') ?? (given ? given * 10 : subscribers),
  );

  const dir = mkdtempSync(join(tmpdir(), 'cunjing-broadcast-bench-'));
  const file = join(dir, 'bench.db');
  const store = openStore(`sqlite:${file}`);
  const emulator = createBotApiEmulator({ token: TOKEN, port: 0 });
  const rss = rssSampler();
  try {
    await migrateToLatest(store.db);
    const insertStarted = performance.now();
    await insertSubscribers(store.db, subscribers);
    const insertMs = performance.now() - insertStarted;
    await emulator.start();
    const ids = Array.from({ length: recipients }, (_, i) => FIRST_ID + i);
    for (const id of ids) emulator.addUser({ id, first_name: `村民${id}` });
    const rssBeforeEngine = Math.round(process.memoryUsage().rss / 2 ** 20);
    rss.reset();

    console.log(`  free mode: ${recipients} recipients at ${RATE}/s …`);
    const free = await deliver(store.db, emulator, ids, { paid: false, text: '【反诈提醒】免费' });
    const freePeakRss = rss.peakMb();

    console.log(`  kill -9 half-way: ${recipients} recipients …`);
    const kill = await killHalfway(store.db, file, emulator, ids);

    const paidIds = Array.from({ length: paidRecipients }, (_, i) => FIRST_ID + i);
    for (const id of paidIds.slice(recipients)) emulator.addUser({ id, first_name: `村民${id}` });
    rss.reset();
    console.log(`  paid mode: ${paidRecipients} recipients at ${PAID_RATE}/s …`);
    const paid = await deliver(store.db, emulator, paidIds, { paid: true, text: '【紧急】付费' });

    return {
      subscribers,
      insert_subscribers_ms: Math.round(insertMs),
      recipients,
      rate_limit: RATE,
      achieved_rate: round(free.rate),
      rate_fraction: round(free.rate / RATE, 3),
      http_429: free.http429,
      peak_rss_mb: freePeakRss,
      rss_before_engine_mb: rssBeforeEngine,
      duplicates_after_kill: kill.duplicates,
      lost_after_kill: kill.lost,
      claimed_rows_at_kill: kill.claimed,
      sent_but_unrecorded_at_kill: kill.unrecorded,
      killed_after_messages: kill.killedAfter,
      paid_recipients: paidRecipients,
      paid_rate_limit: PAID_RATE,
      paid_achieved_rate: round(paid.rate),
      paid_rate_fraction: round(paid.rate / PAID_RATE, 3),
      paid_http_429: paid.http429,
      paid_peak_rss_mb_with_emulator: rss.peakMb(),
    };
  } finally {
    rss.stop();
    await emulator.stop();
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

/** Recipients come from the subscriber table, as the bot would select them. */
async function newBroadcast(db: Db, count: number, text: string, priority = 100) {
  const id = await createBroadcast(db, {
    kind: 'urgent',
    text,
    priority,
    authorId: null,
    status: 'approved',
  });
  const users = await db
    .selectFrom('users')
    .select('telegram_id')
    .where('active', '=', 1)
    .orderBy('telegram_id')
    .limit(count)
    .execute();
  await enqueueRecipients(
    db,
    id,
    users.map((u) => Number(u.telegram_id)),
  );
  return id;
}

async function deliver(
  db: Db,
  emulator: BotApiEmulator,
  ids: number[],
  o: { paid: boolean; text: string },
): Promise<{ rate: number; http429: number }> {
  const id = await newBroadcast(db, ids.length, o.text);
  const before = emulator.stats().http429;
  const engine = createDeliveryEngine({
    db,
    engine: 'sqlite',
    send: createTelegramSender(emulator.apiRoot, TOKEN),
    rate: RATE,
    paid: o.paid,
    paidRate: PAID_RATE,
    logger: { info() {}, warn() {}, error: (...a) => console.error(...a) },
  });
  engine.start();
  await engine.drain();
  await engine.stop();
  const report = await deliveryReport(db, id);
  if (report.sent !== ids.length) console.error('  not all sent:', report);
  return {
    rate: report.sent / ((report.durationMs ?? 1) / 1000),
    http429: emulator.stats().http429 - before,
  };
}

async function killHalfway(db: Db, file: string, emulator: BotApiEmulator, ids: number[]) {
  const text = '【反诈提醒】重启测试';
  const id = await newBroadcast(db, ids.length, text);
  const sentBefore = emulator.stats().sent;
  const sentNow = () => emulator.stats().sent - sentBefore;

  const first = worker(file, emulator.apiRoot);
  // Polled on a timer, so the kill lands at an arbitrary moment relative to the sends.
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (sentNow() < ids.length / 2) return;
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

  const second = worker(file, emulator.apiRoot);
  const code = await exited(second);
  if (code !== 0) throw new Error(`the restarted worker exited with ${code}`);

  let duplicates = 0;
  let lost = 0;
  for (const chat of ids) {
    const n = delivered(chat);
    if (n === 0) lost++;
    duplicates += Math.max(0, n - 1);
  }
  return { duplicates, lost, claimed: claimed.length, unrecorded, killedAfter };
}

function worker(file: string, apiRoot: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      join(ROOT, 'bin/run-ts.js'),
      join(ROOT, 'bench/broadcast-worker.ts'),
      file,
      apiRoot,
      TOKEN,
      String(RATE),
      'bench-replica',
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return {
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20),
    reset: () => {
      peak = process.memoryUsage().rss;
    },
    stop: () => clearInterval(timer),
  };
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
