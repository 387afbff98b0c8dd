/**
 * Updates per second and latency in webhook mode, cunjing against a bare grammY echo bot under
 * the same load in the same run: one client posts updates one after another, as Telegram does
 * for a single busy chat, and both bots talk to the same fake Bot API.
 *
 *   npm run bench -- updates [--updates=400] [--engine=sqlite|postgres] [--profile]
 *
 * Scenarios for cunjing: a known villager's service question; a report step (the menu button,
 * then the kind); an officer's triage action (colour changes on a card). The echo bot answers
 * every message and callback with one call, which is the floor for any bot.
 * PostgreSQL needs TEST_DATABASE_URL (a fresh schema is made for the run).
 * `queries_per_update` counts the SQL statements cunjing sent per update (webhook claims
 * included). `--profile` writes a CPU profile of each cunjing scenario to
 * /tmp/updates-<scenario>.cpuprofile; `node bench/profile-top.js <file>` sums it by function.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { type RunningApp, startApp } from '../src/app/start.js';
import { loadConfig } from '../src/config.js';
import { telegramAddress } from '../src/domain/people/addresses.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_BOT_INFO } from '../src/sandbox/sandbox-state.js';
import { openStore } from '../src/store/database.js';
import {
  ensureUser,
  grantOfficer,
  setLanguage,
  setVillage,
} from '../src/store/users.repository.js';
import { createSampleReport } from '../tests/helpers/sample-report.js';
import { freshDatabaseUrl } from './bot-process.js';
import { profiled } from './cpu-profile.js';
import { countSqlStatements, sqlStatements } from './sql-counter.js';

const TOKEN = '5550001:UPDATES-bench-token-00000000000000';
const SECRET = 'updates-bench-secret-000000000001';
const VILLAGER = 610001;
const OFFICER = 610002;
const STATION_GROUP = -1006100;

const BOT: UserFromGetMe = { ...DEFAULT_BOT_INFO, id: 5550001, username: 'bench_bot' };

/** A Bot API that answers every method at once, with a message where one is expected. */
function fakeBotApi() {
  let messageId = 1;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let payload: { chat_id?: number | string; text?: string } = {};
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        // multipart or empty: not needed here
      }
      const result =
        method === 'getMe'
          ? BOT
          : /^(send|edit)/.test(method)
            ? {
                message_id: messageId++,
                date: 1_700_000_000,
                chat: { id: Number(payload.chat_id ?? 0), type: 'private' },
                text: payload.text ?? '',
              }
            : true;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, result }));
    });
  });
  return {
    async listen(): Promise<string> {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let updateId = 1;
let messageId = 1;
const user = (id: number) => ({
  id,
  is_bot: false,
  first_name: `U${id}`,
  language_code: 'zh-hans',
});

function textUpdate(from: number, text: string): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date: 1_700_000_000,
      chat: { id: from, type: 'private', first_name: `U${from}` },
      from: user(from),
      text,
    },
  } as Update;
}

function callbackUpdate(from: number, chatId: number, data: string): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb-${updateId}`,
      from: user(from),
      chat_instance: String(chatId),
      data,
      message: {
        message_id: 1,
        date: 1_700_000_000,
        chat:
          chatId < 0
            ? { id: chatId, type: 'supergroup', title: 'station' }
            : { id: chatId, type: 'private', first_name: 'x' },
        from: BOT,
        text: '…',
      },
    },
  } as Update;
}

async function post(url: string, update: Update): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  return performance.now() - started;
}

interface Figures {
  updates_per_s: number;
  p50_ms: number;
  p99_ms: number;
  /** CPU time of this process (client, fake API and bot together) per update: steadier than
   *  wall time when other work shares the machine. */
  cpu_ms_per_update: number;
}

async function load(
  url: string,
  make: (i: number) => Update,
  count: number,
): Promise<{ figures: Figures; statements: number }> {
  for (let i = 0; i < Math.min(30, count); i++) await post(url, make(i)); // warm-up
  const latencies: number[] = [];
  const statementsBefore = sqlStatements();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) latencies.push(await post(url, make(i)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const statements = sqlStatements() - statementsBefore;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    figures: {
      updates_per_s: round(count / seconds),
      p50_ms: round(at(0.5)),
      p99_ms: round(at(0.99)),
      cpu_ms_per_update: round((cpu.user + cpu.system) / 1000 / count),
    },
    statements,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

async function echoBot(apiRoot: string): Promise<{ url: string; close(): Promise<void> }> {
  const bot = new Bot(TOKEN, { botInfo: BOT, client: { apiRoot } });
  bot.on('message', (ctx) => ctx.reply(ctx.message.text ?? 'ok'));
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  const server = createServer(webhookCallback(bot, 'http', { secretToken: SECRET }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => closeServer(server),
  };
}

async function startCunjing(
  apiRoot: string,
  dbUrl: string,
): Promise<{ app: RunningApp; url: string }> {
  const port = await freePort();
  const config = loadConfig(
    {
      BOT_MODE: 'webhook',
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: dbUrl,
      WEBHOOK_URL: 'https://bench.example.org/telegram',
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_HOST: '127.0.0.1',
      WEBHOOK_PORT: String(port),
      LOG_LEVEL: 'error',
    },
    undefined,
  );
  const app = await startApp(config, { logger: createLogger('error'), botInfo: BOT });
  return { app, url: `http://127.0.0.1:${port}/telegram` };
}

/** A known villager, an officer of the station with its group, and one report to triage. */
async function prepare(dbUrl: string): Promise<number> {
  const store = openStore(dbUrl);
  try {
    const db = store.db;
    await ensureUser(db, VILLAGER, 'U610001');
    await setLanguage(db, VILLAGER, 'zh-CN');
    await setVillage(db, VILLAGER, 'wl-hongqi');
    await ensureUser(db, OFFICER, 'U610002');
    await grantOfficer(db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await db
      .updateTable('stations')
      .set({ chat_id: STATION_GROUP })
      .where('code', '=', 'ST-WULAN')
      .execute();
    const { report } = await createSampleReport(db, {
      submissionKey: 'bench-report',
      colour: 'green',
      reporter: telegramAddress(VILLAGER),
    });
    return report.id;
  } finally {
    await store.close();
  }
}

const QUESTIONS = [
  '身份证丢了怎么补办',
  '驾驶证到期了去哪换',
  '新生儿怎么上户口',
  '电动车去哪上牌',
];

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const count = Number(args.find((a) => a.startsWith('--updates='))?.slice(10) ?? 400);
  const engine = args.find((a) => a.startsWith('--engine='))?.slice(9) ?? 'sqlite';
  const profile = args.includes('--profile');
  countSqlStatements();
  const api = fakeBotApi();
  const apiRoot = await api.listen();
  const echo = await echoBot(apiRoot);
  const dbUrl = await freshDatabaseUrl(
    engine === 'postgres' ? 'postgres' : 'sqlite',
    process.env.TEST_DATABASE_URL,
  );
  const { app, url } = await startCunjing(apiRoot, dbUrl);
  try {
    const reportId = await prepare(dbUrl);
    const colours = ['red', 'yellow', 'green'];
    const scenarios: Record<string, (i: number) => Update> = {
      service_question: (i) => textUpdate(VILLAGER, QUESTIONS[i % QUESTIONS.length] as string),
      report_step: (i) =>
        i % 2 === 0
          ? textUpdate(VILLAGER, '📣 我要反映')
          : callbackUpdate(VILLAGER, VILLAGER, 'rpk:dispute'),
      triage_action: (i) =>
        callbackUpdate(OFFICER, STATION_GROUP, `trc:${reportId}:${colours[i % colours.length]}`),
    };
    const echoMake = (i: number) =>
      i % 2 === 0 ? textUpdate(VILLAGER, 'hello') : callbackUpdate(VILLAGER, VILLAGER, 'x');
    const out: Record<string, unknown> = { engine, updates_per_scenario: count };
    const { figures: baseline } = await load(echo.url, echoMake, count);
    out.echo_bot = baseline;
    for (const [name, make] of Object.entries(scenarios)) {
      const file = profile ? `/tmp/updates-${name}.cpuprofile` : null;
      const { figures: f, statements } = await profiled(file, () => load(url, make, count));
      out[name] = {
        ...f,
        ratio_to_echo: round(f.updates_per_s / baseline.updates_per_s),
        cpu_ratio_to_echo: round(baseline.cpu_ms_per_update / f.cpu_ms_per_update),
        queries_per_update: round(statements / count),
      };
    }
    out.targets = { ratio_to_echo_sqlite: 0.35, ratio_to_echo_postgres: 0.2, p99_ms_sqlite: 15 };
    return out;
  } finally {
    await app.stop();
    await echo.close();
    await api.close();
  }
}
