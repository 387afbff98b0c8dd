/**
 * Runs the whole application (store, migrations, runner, bot) against the local Bot API
 * emulator, and lets a test act as people in the Telegram app: send text, tap buttons, read
 * what is on their screen.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { ChatMessage } from '../../src/sandbox/chat-message.js';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import type { Engine } from '../../src/store/database.js';
import { createTestStore } from './store.js';

export const EMULATOR_TOKEN = '5550001:EMULATOR-test-token-0000000000';

export async function startEmulator(): Promise<BotApiEmulator> {
  const emulator = createBotApiEmulator({ token: EMULATOR_TOKEN, port: 0, limits: false });
  await emulator.start();
  return emulator;
}

/** A database URL for a full app run: a temporary SQLite file, or a fresh PostgreSQL schema. */
export async function appDatabase(
  engine: Engine,
): Promise<{ url: string; cleanup(): Promise<void> }> {
  if (engine === 'sqlite') {
    return {
      url: `sqlite:${join(mkdtempSync(join(tmpdir(), 'cunjing-')), 'app.db')}`,
      cleanup: async () => {},
    };
  }
  const store = await createTestStore('postgres', { seed: false });
  await store.close();
  return { url: store.url, cleanup: () => store.cleanup() };
}

/** Waits until the bot has taken every queued update and the chat has been quiet a moment. */
export async function settle(
  emulator: BotApiEmulator,
  chatId: number,
  quietMs = 150,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const snapshot = JSON.stringify(emulator.messages(chatId).slice(-3));
    if (snapshot !== last || emulator.pendingUpdates > 0) {
      last = snapshot;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`chat ${chatId} did not settle within ${timeoutMs} ms`);
}

export function screen(emulator: BotApiEmulator, chatId: number): ChatMessage[] {
  return emulator.messages(chatId).filter((m) => m.from === 'bot');
}

export function lastBotText(emulator: BotApiEmulator, chatId: number): string {
  return screen(emulator, chatId).at(-1)?.text ?? '';
}

/** Taps the inline button carrying `data` on the newest bot message that shows it. */
export function tap(emulator: BotApiEmulator, userId: number, data: string, chatId = userId): void {
  const message = screen(emulator, chatId)
    .filter((m) => JSON.stringify(m.reply_markup ?? {}).includes(JSON.stringify(data)))
    .at(-1);
  if (!message)
    throw new Error(
      `no button "${data}" on screen for ${userId}: ${lastBotText(emulator, chatId)}`,
    );
  emulator.pressButton(userId, chatId, message.message_id, data);
}

export interface EmulatorApp {
  emulator: BotApiEmulator;
  app: RunningApp;
  databaseUrl: string;
  /** Stops the app and the emulator, and drops a PostgreSQL test schema. */
  stop(): Promise<void>;
}

/**
 * The whole application on a fresh database, talking to a fresh emulator that already knows the
 * given people. Admins come from ADMIN_IDS as in production.
 */
export async function startEmulatorApp(options: {
  engine?: Engine;
  people: Array<{ id: number; first_name: string }>;
  adminIds?: number[];
}): Promise<EmulatorApp> {
  const emulator = await startEmulator();
  for (const p of options.people) emulator.addUser({ ...p, language_code: 'zh-hans' });
  const db = await appDatabase(options.engine ?? 'sqlite');
  const config = loadConfig(
    {
      BOT_TOKEN: EMULATOR_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATABASE_URL: db.url,
      ADMIN_IDS: (options.adminIds ?? []).join(','),
    },
    undefined,
  );
  const app = await startApp(config, { logger: createMemoryLogger() });
  return {
    emulator,
    app,
    databaseUrl: db.url,
    async stop() {
      await app.stop();
      await emulator.stop();
      await db.cleanup();
    },
  };
}

/** Sends text as a person and waits until the bot has answered. */
export async function say(emulator: BotApiEmulator, userId: number, text: string): Promise<void> {
  emulator.sendText(userId, text);
  await settle(emulator, userId);
}

/** Taps a button as a person and waits until the bot has answered. */
export async function press(
  emulator: BotApiEmulator,
  userId: number,
  data: string,
  chatId = userId,
): Promise<void> {
  tap(emulator, userId, data, chatId);
  await settle(emulator, chatId);
}
