/**
 * "The store could not be reached" as one typed error that names the store. A session read
 * against a frozen Redis, a database that refuses connections and a query past its time limit
 * all mean the same to a resident: nothing was saved, try again. They are not bugs, so the error
 * boundary answers with the retry message, logs a warning naming the store, and the webhook asks
 * Telegram to deliver the update again.
 */
import { isStoreUnavailable } from './database.js';

export type StoreName = 'database' | 'sessions' | 'cache';

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    readonly store: StoreName | string,
    readonly operation: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${store} unavailable (${operation}): ${reason}`, options);
  }
}

/** Errors of the Redis client that mean "not reachable now" rather than a bad command. */
const REDIS_DOWN =
  /client is offline|client is closed|socket closed unexpectedly|connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH/i;

/** Runs one store operation with a time limit; a hang or an outage becomes StoreUnavailableError. */
export async function withTimeLimit<T>(
  store: StoreName | string,
  operation: string,
  limitMs: number,
  work: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreUnavailableError(store, operation, `no answer within ${limitMs} ms`)),
      limitMs,
    );
  });
  try {
    return await Promise.race([work(), expired]);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (REDIS_DOWN.test(message) || isStoreUnavailable(error))
      throw new StoreUnavailableError(store, operation, message, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Which store failed, if `error` (or its cause) means a store outage; null for anything else. */
export function failedStore(error: unknown): string | null {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof StoreUnavailableError) return e.store;
    if (isStoreUnavailable(e)) return 'database';
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Updates whose handling failed because a store was down. The webhook server reads this after
 * handling, to answer 503 (Telegram then delivers the update again) instead of 200.
 */
const storeFailures = new WeakMap<object, string>();

export function markStoreFailure(update: object, store: string): void {
  storeFailures.set(update, store);
}

export function storeFailureOf(update: object): string | undefined {
  return storeFailures.get(update);
}
