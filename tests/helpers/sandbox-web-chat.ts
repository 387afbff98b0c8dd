/**
 * The sandbox's web chat on a fresh Bot API emulator for each test: the set-up the web chat's
 * tests (HTTP API, page scripts, real browser) share.
 */
import { afterEach, beforeEach } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { createWebChat, type WebChat } from '../../src/sandbox/webchat.js';

export interface SandboxWebChat {
  emulator: BotApiEmulator;
  webChat: WebChat;
}

/**
 * Before each test, starts an emulator (no flood limits) and the web chat on a free port, and
 * hands both to `started`; after it, stops them. An `afterEach` registered later runs before
 * this one's (vitest runs after-hooks in reverse), so it still sees them running.
 */
export function useSandboxWebChat(started: (chat: SandboxWebChat) => void): void {
  let chat: SandboxWebChat | undefined;
  beforeEach(async () => {
    const emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
    await emulator.start();
    const webChat = createWebChat({ emulator, port: 0 });
    await webChat.start();
    chat = { emulator, webChat };
    started(chat);
  });
  afterEach(async () => {
    await chat?.webChat.stop();
    await chat?.emulator.stop();
    chat = undefined;
  });
}
