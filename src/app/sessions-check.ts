/**
 * Checks at start that the session store answers. With Redis unreachable every update would fail,
 * so start-up stops with one line naming REDIS_URL instead.
 */
import type { Keyv } from 'keyv';
import { StartupError } from './startup-error.js';

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'REDIS_URL';
  }
}

export async function checkSessions(
  sessions: Keyv<unknown>,
  redisUrl: string | undefined,
  timeoutMs = 5_000,
): Promise<void> {
  if (!redisUrl) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sessions.get('cunjing:start-check'),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new StartupError(
      `Cannot reach Redis at ${where(redisUrl)} (${why}): check REDIS_URL and that Redis is running.`,
    );
  } finally {
    clearTimeout(timer);
  }
}
