/**
 * Runs the whole application (store, migrations, runner, bot) against the local Bot API
 * emulator, and lets a test act as people in the Telegram app: send text, tap buttons, read
 * what is on their screen.
 *
 * Every wait here is for a signal, never for time passing: "the bot has finished handling this
 * update" (each Bot API call it made for it has been answered), or "the emulator shows this".
 * A quiet period is not a signal: on a loaded machine or on PostgreSQL the bot can take longer
 * than any quiet period to answer, and the next step then taps a button that is not there yet.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { type ChatMessage, describeMessages } from '../../src/sandbox/chat-message.js';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import type { Engine } from '../../src/store/database.js';
import { createTestStore } from './store.js';
import { STEP_TIMEOUT_MS } from './until.js';

export const EMULATOR_TOKEN = '5550001:EMULATOR-test-token-0000000000';

export { STEP_TIMEOUT_MS, until } from './until.js';

/** The Bot API emulator; with `limits`, it answers 429 past Telegram's flood limits, as Telegram does. */
export async function startEmulator(limits = false): Promise<BotApiEmulator> {
  const emulator = createBotApiEmulator({
    token: EMULATOR_TOKEN,
    port: 0,
    ...(limits ? {} : { limits: false as const }),
  });
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

export function screen(emulator: BotApiEmulator, chatId: number): ChatMessage[] {
  return emulator.messages(chatId).filter((m) => m.from === 'bot');
}

export function lastBotText(emulator: BotApiEmulator, chatId: number): string {
  return screen(emulator, chatId).at(-1)?.text ?? '';
}

/** Whether a bot message in the chat carries an inline button with this callback data. */
export function hasButton(emulator: BotApiEmulator, chatId: number, data: string): boolean {
  return screen(emulator, chatId).some((m) =>
    JSON.stringify(m.reply_markup ?? {}).includes(JSON.stringify(data)),
  );
}

/** The callback data of the newest button in the chat starting with `prefix` (`rpy:` is ✅). */
export function buttonLike(emulator: BotApiEmulator, chatId: number, prefix: string): string {
  const data = screen(emulator, chatId)
    .flatMap((m) =>
      m.reply_markup && 'inline_keyboard' in m.reply_markup
        ? m.reply_markup.inline_keyboard.flat()
        : [],
    )
    .map((b) => ('callback_data' in b ? (b.callback_data ?? '') : ''))
    .filter((d) => d.startsWith(prefix))
    .at(-1);
  if (!data) throw new Error(`no button "${prefix}…" on screen in ${chatId}`);
  return data;
}

/** Taps the inline button carrying `data` on the newest bot message that shows it. */
export function tap(
  emulator: BotApiEmulator,
  userId: number,
  data: string,
  chatId = userId,
): Update {
  const message = screen(emulator, chatId)
    .filter((m) => JSON.stringify(m.reply_markup ?? {}).includes(JSON.stringify(data)))
    .at(-1);
  if (!message)
    throw new Error(
      `no button "${data}" on screen for ${userId}: ${lastBotText(emulator, chatId)}`,
    );
  return emulator.pressButton(userId, chatId, message.message_id, data);
}

/**
 * Resolves as soon as `check` holds: at once if it already does, else at the first emulator
 * event (message, edit, deletion, callback answer) after which it does. On timeout the error
 * names what was awaited and shows the chat's recent messages.
 */
export function untilScreen(
  emulator: BotApiEmulator,
  chatId: number,
  check: (messages: ChatMessage[]) => boolean,
  what: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const holds = () => check(screen(emulator, chatId));
    if (holds()) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} in chat ${chatId}. Recent messages:\n` +
            describeMessages(emulator.messages(chatId).slice(-6)),
        ),
      );
    }, timeoutMs);
    const unsubscribe = emulator.subscribe(() => {
      if (!holds()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Waits for a bot message in the chat whose text contains `text` (already there, or arriving). */
export function untilText(
  emulator: BotApiEmulator,
  chatId: number,
  text: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  return untilScreen(
    emulator,
    chatId,
    (messages) => messages.some((m) => m.text?.includes(text)),
    `a message containing "${text}"`,
    timeoutMs,
  );
}

export interface UpdateWatch {
  /** Resolves once the bot has finished handling the update (see `EmulatorApp.handled`). */
  handled(update: Update, timeoutMs?: number): Promise<void>;
  /** How many times the bot was given this update: 1 for a webhook redelivery it recognised. */
  times(updateId: number): number;
}

/**
 * Knows which updates the bot was given and has finished handling, by wrapping
 * `bot.handleUpdate`: the one entry point both the polling runner and the webhook server call
 * for every update. Call it before the first update exists.
 */
export function watchUpdates(bot: RunningApp['bot']): UpdateWatch {
  const started = new Map<number, number>();
  const done = new Set<number>();
  const waiting = new Map<number, () => void>();
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    started.set(update.update_id, (started.get(update.update_id) ?? 0) + 1);
    try {
      return await handleUpdate(update, webhookReplyEnvelope);
    } finally {
      done.add(update.update_id);
      waiting.get(update.update_id)?.();
    }
  };
  return {
    times: (updateId) => started.get(updateId) ?? 0,
    handled: (update, timeoutMs = STEP_TIMEOUT_MS) =>
      new Promise((resolve, reject) => {
        if (done.has(update.update_id)) return resolve();
        const timer = setTimeout(() => {
          waiting.delete(update.update_id);
          reject(new Error(`the bot did not finish update ${update.update_id} in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(update.update_id, () => {
          clearTimeout(timer);
          waiting.delete(update.update_id);
          resolve();
        });
      }),
  };
}

export interface EmulatorApp {
  emulator: BotApiEmulator;
  app: RunningApp;
  databaseUrl: string;
  /**
   * Resolves once the bot has finished handling the update: every message, edit, callback
   * answer and database write it made for it is done. Work the update only queued (the
   * broadcast outbox) is not; wait for what it shows instead.
   */
  handled(update: Update): Promise<void>;
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
  /** More settings, e.g. the web chat's HTTP_PORT or WeChat's WECHAT_*. */
  env?: Record<string, string>;
  /** Whether the emulator enforces Telegram's flood limits (answers 429 past them). */
  limits?: boolean;
}): Promise<EmulatorApp> {
  const emulator = await startEmulator(options.limits);
  for (const p of options.people) emulator.addUser({ ...p, language_code: 'zh-hans' });
  const db = await appDatabase(options.engine ?? 'sqlite');
  const config = loadConfig(
    {
      BOT_TOKEN: EMULATOR_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATABASE_URL: db.url,
      ADMIN_IDS: (options.adminIds ?? []).join(','),
      // Time limits a loaded two-core machine cannot break; tests of the limits set their own.
      STORE_TIMEOUT_MS: '30000',
      OCR_TIMEOUT_SECONDS: '120',
      ...options.env,
    },
    undefined,
  );
  const app = await startApp(config, { logger: createMemoryLogger() });
  // No update exists before this returns, so the wrapper sees every one.
  const { handled } = watchUpdates(app.bot);
  return {
    emulator,
    app,
    databaseUrl: db.url,
    handled,
    async stop() {
      await app.stop();
      await emulator.stop();
      await db.cleanup();
    },
  };
}

/** Sends text as a person and waits until the bot has handled it. */
export async function say(
  run: EmulatorApp,
  userId: number,
  text: string,
  options?: Parameters<BotApiEmulator['sendText']>[2],
): Promise<void> {
  await run.handled(run.emulator.sendText(userId, text, options));
}

/** Taps a button as a person and waits until the bot has handled the press. */
export async function press(
  run: EmulatorApp,
  userId: number,
  data: string,
  chatId = userId,
): Promise<void> {
  await run.handled(tap(run.emulator, userId, data, chatId));
}
