/**
 * Long polling through grammY's runner, which fetches and handles updates concurrently (with
 * `sequentialize` in the bot keeping each chat in order).
 */
import { run } from '@grammyjs/runner';
import { ALLOWED_UPDATES } from './allowed-updates.js';
import type { TelegramBot } from './telegram-api.js';

export interface Polling {
  stop(): Promise<void>;
}

export function startPolling(bot: TelegramBot): Polling {
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}
