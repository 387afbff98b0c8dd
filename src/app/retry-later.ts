/**
 * Start-up calls that are a convenience, not a condition for serving (command menus, clearing or
 * setting the webhook): the first try runs now; a failure is a warning and is tried again later
 * with growing pauses, while the bot serves updates. An older or partial self-hosted Bot API
 * server, or a transient error, must not keep villagers from getting answers.
 */

import { describeNetworkError } from '../bot/telegram-link.js';
import type { Logger } from '../logger.js';

export interface RetryLater {
  /** Resolves true once the task succeeded, false if stopped first. */
  done: Promise<boolean>;
  /** Settles when the first try has succeeded or failed. */
  firstTry: Promise<void>;
  stop(): void;
}

export function retryLater(
  name: string,
  task: () => Promise<unknown>,
  {
    logger,
    firstDelayMs = 60_000,
    maxDelayMs = 3600_000,
  }: {
    logger: Logger;
    firstDelayMs?: number;
    maxDelayMs?: number;
  },
): RetryLater {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let finish: (ok: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  const attempt = async (delay: number) => {
    if (stopped) return;
    try {
      await task();
      finish(true);
    } catch (error) {
      if (stopped) return;
      logger.warn(
        `${name} failed: ${describeNetworkError(error)}; trying again in ${Math.round(delay / 1000)} s (the bot serves updates meanwhile)`,
      );
      timer = setTimeout(() => void attempt(Math.min(delay * 2, maxDelayMs)), delay);
      timer.unref();
    }
  };
  const firstTry = attempt(firstDelayMs);
  return {
    done,
    firstTry,
    stop() {
      stopped = true;
      clearTimeout(timer);
      finish(false);
    },
  };
}
