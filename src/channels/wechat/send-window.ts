/**
 * Paces the account's customer-service sends (`message/custom/send`) under WeChat's frequency
 * limit: at most `limit` calls in any `windowMs` (a strict sliding window, the way the platform
 * counts), so a warning to every follower of a township never meets 45009. A token bucket at
 * the same rate would allow twice the limit in one window (a full bucket, then its refill), so
 * the pacer keeps the times of the last `limit` calls instead.
 *
 * A call counts from when it is made until `windowMs` after its answer came back, so however
 * long the network takes, WeChat never sees more than `limit` calls in one of its windows.
 *
 * When WeChat still answers 45009/45011 (another replica shares the account, or the real limit
 * is lower than configured), `backOff` stops every send for a while and halves the pace; the
 * configured pace comes back after a quiet minute. Time and timers are injectable so tests move
 * them; by default they are the process's own.
 *
 * @example
 * const window = createSendWindow({ limit: 20, windowMs: 1000 });
 * const done = await window.take();
 * try { await api.post('/cgi-bin/message/custom/send', body); } finally { done(); }
 */
import { realTimer, type SetTimer } from '../../broadcast/waker.js';

export interface SendWindowOptions {
  /** Calls allowed in one window (default 20). */
  limit?: number;
  /** The window's length in milliseconds (default 1000). */
  windowMs?: number;
  /** Milliseconds, monotonic; default `performance.now`. */
  now?: () => number;
  setTimer?: SetTimer;
  /** How long the configured pace must go without a 45009 to come back (default a minute). */
  recoverMs?: number;
}

export interface SendWindow {
  /**
   * Resolves when a call may go, in order behind earlier callers, with `done` to call when its
   * answer came back. The call occupies its place in the window from `take` until `windowMs`
   * after `done`: WeChat counts it somewhere in between, and the pacer cannot know where.
   */
  take(): Promise<() => void>;
  /**
   * WeChat said "too many": no call goes for `ms`, and the pace halves (at least one call per
   * window) until `recoverMs` passes without another.
   */
  backOff(ms: number): void;
}

export const DEFAULT_SEND_LIMIT = { limit: 20, windowMs: 1000 } as const;

export function createSendWindow(options: SendWindowOptions = {}): SendWindow {
  const configured = options.limit ?? DEFAULT_SEND_LIMIT.limit;
  const windowMs = options.windowMs ?? DEFAULT_SEND_LIMIT.windowMs;
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? realTimer;
  const recoverMs = options.recoverMs ?? 60_000;
  /** The calls that count: when each answer came back, or Infinity while it is awaited. */
  let calls: number[] = [];
  let limit = configured;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let lastBackOff = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  /** Wakes a caller that waits for an answer to come back. */
  let answered: (() => void) | null = null;

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimer(resolve, ms));

  /** How long until a call may go now: 0 when it may, Infinity until an answer comes back. */
  function waitMs(at: number): number {
    if (limit < configured && at - lastBackOff >= recoverMs) limit = configured;
    if (at < pausedUntil) return pausedUntil - at;
    calls = calls.filter((done) => done > at - windowMs);
    if (calls.length < limit) return 0;
    calls.sort((a, b) => a - b);
    // The oldest counted calls leave the window `windowMs` after their answers.
    return (calls[calls.length - limit] as number) + windowMs - at;
  }

  async function takeOne(): Promise<() => void> {
    for (let ms = waitMs(now()); ms > 0; ms = waitMs(now())) {
      if (ms === Number.POSITIVE_INFINITY)
        await new Promise<void>((resolve) => {
          answered = resolve;
        });
      else await sleep(ms);
    }
    calls.push(Number.POSITIVE_INFINITY);
    let once = false;
    return () => {
      if (once) return;
      once = true;
      const i = calls.indexOf(Number.POSITIVE_INFINITY);
      if (i >= 0) calls[i] = now();
      const wake = answered;
      answered = null;
      wake?.();
    };
  }

  return {
    take() {
      const next = queue.then(takeOne);
      queue = next.catch(() => {});
      return next;
    },
    backOff(ms) {
      const at = now();
      pausedUntil = Math.max(pausedUntil, at + ms);
      lastBackOff = at;
      limit = Math.max(1, Math.floor(limit / 2));
    },
  };
}
