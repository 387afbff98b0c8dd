/**
 * What to do with a row after one send: record a final status, retry later, or pause
 * everything for a 429. Pure, so every branch is tested without a clock or a database.
 */
import type { SendResult } from './sender.js';

export interface RetryPolicy {
  /** Sends tried before a network error or 5xx becomes `failed` (default 5). */
  maxAttempts: number;
  /** Backoff before the 2nd try; it doubles each time (default 1 s). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export type Outcome =
  | { kind: 'final'; status: 'sent'; messageId: number | null; error: null }
  | { kind: 'final'; status: 'blocked' | 'failed'; messageId: null; error: string }
  | { kind: 'retry'; delayMs: number; error: string }
  | { kind: 'throttle'; seconds: number };

/** `attempts` counts this send (1 after the first try); 429s do not count as attempts. */
export function decideOutcome(result: SendResult, attempts: number, policy: RetryPolicy): Outcome {
  if (result.ok)
    return { kind: 'final', status: 'sent', messageId: result.messageId ?? null, error: null };
  switch (result.kind) {
    case 'retry_after':
      return { kind: 'throttle', seconds: result.seconds };
    case 'inactive':
      return { kind: 'final', status: 'blocked', messageId: null, error: 'inactive' };
    case 'permanent':
      return { kind: 'final', status: 'failed', messageId: null, error: result.description };
    case 'transient': {
      const error = result.description ?? 'transient error';
      if (attempts >= policy.maxAttempts)
        return {
          kind: 'final',
          status: 'failed',
          messageId: null,
          error: `${error} (gave up after ${attempts} attempts)`,
        };
      const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1));
      return { kind: 'retry', delayMs, error };
    }
  }
}
