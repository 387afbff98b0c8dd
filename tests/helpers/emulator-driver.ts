/**
 * Runs the whole application (store, migrations, runner, bot) against the local Bot API
 * emulator, and lets a test act as people in the Telegram app: send text, tap buttons, read
 * what is on their screen.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
