/**
 * Keeps the sandbox's chats in a JSON file, so a restart of `npm start` shows the same
 * conversations instead of an empty chat that tells a registered villager to send /start.
 * Only the chats are kept (messages, keyboards, members); uploaded photos are not, and show
 * as missing images after a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BotApiEmulator, ChatSnapshot } from './emulator.js';

const VERSION = 1;

export interface ChatHistoryFile {
  /** Chats restored from the file at start; 0 when there was no file. */
  readonly restored: number;
  /** Writes the chats now (also done shortly after every change, and on close). */
  save(): void;
  /** Stops following the emulator and writes one last time. */
  close(): void;
}

/**
 * Restores the chats saved in `path` into the emulator, then saves them again shortly after
 * every message, edit or deletion. A file that cannot be read is moved aside to `<path>.bad`
 * (with the reason in `problem`) and the sandbox starts with empty chats.
 *
 * @example
 * const history = openChatHistoryFile(emulator, 'data/sandbox-chats.json');
 * // … on shutdown
 * history.close();
 */
export function openChatHistoryFile(
  emulator: BotApiEmulator,
  path: string,
  options: { delayMs?: number; onProblem?: (message: string) => void } = {},
): ChatHistoryFile {
  let restored = 0;
  if (existsSync(path)) {
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as { version?: number; chats?: unknown };
      if (saved.version !== VERSION || !Array.isArray(saved.chats)) {
        throw new Error(`expected {"version": ${VERSION}, "chats": [...]}`);
      }
      emulator.restoreChats(saved.chats as ChatSnapshot[]);
      restored = saved.chats.length;
    } catch (error) {
      renameSync(path, `${path}.bad`);
      options.onProblem?.(
        `${path} could not be read (${(error as Error).message}); moved it to ${path}.bad and started with empty chats.`,
      );
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    mkdirSync(dirname(path), { recursive: true });
    const body = JSON.stringify({ version: VERSION, chats: emulator.chatSnapshot() });
    // Write then rename, so a crash mid-write never leaves half a file behind.
    writeFileSync(`${path}.tmp`, body);
    renameSync(`${path}.tmp`, path);
  };
  const unsubscribe = emulator.subscribe((event) => {
    if (event.type === 'chat_action' || event.type === 'callback_answer' || timer) return;
    timer = setTimeout(save, options.delayMs ?? 300);
    timer.unref();
  });
  return {
    restored,
    save,
    close() {
      unsubscribe();
      save();
    },
  };
}
