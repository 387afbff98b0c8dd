/**
 * The delivery engine's options and their defaults, in one place so the numbers that shape
 * delivery (rate, batch, lease) are easy to find and to explain.
 */
import { hostname } from 'node:os';
import type { Db, Engine } from '../store/database.js';
import type { BroadcastRenderer } from './outbox-messages.js';
import { DEFAULT_RETRY, type RetryPolicy } from './outcome.js';
import type { DeliveryReport } from './report.js';
import type { Sender } from './sender.js';
import { realTimer, type SetTimer } from './waker.js';

/**
 * Fits both `console` and the app's structured logger: a message, then fields. Errors are
 * passed as `{ error }` so a JSON logger keeps their message and stack.
 */
export interface EngineLogger {
  info(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
}

export interface DeliveryEngineOptions {
  db: Db;
  engine: Engine;
  send: Sender;
  /**
   * Renders a stored description into the sender's text, once per broadcast (Telegram:
   * `telegramBroadcastRenderer` in src/bot/broadcasts/outbox-html.ts). Without it, only
   * literal-text broadcasts and those queued before 2026-12-11 (stored as Telegram HTML) go out;
   * a described one is logged and left pending.
   */
  render?: BroadcastRenderer;
  /**
   * Messages per second across all chats, at most in any second (default 30, Telegram's free
   * limit). The pacer keeps under it with a small margin and slows down on a 429.
   */
  rate?: number;
  /** Minimum gap between two messages to one chat (default 1000 ms). */
  perChatIntervalMs?: number;
  /** Send with `allow_paid_broadcast` at `paidRate` instead of `rate`. */
  paid?: boolean;
  /** Messages per second in paid mode (default 1000, Telegram's ceiling for paid broadcasts). */
  paidRate?: number;
  /** Rows claimed per statement (default: about one second of sending, 10–500). */
  batchSize?: number;
  /**
   * Names this replica. Keep it stable across restarts of the same replica (e.g. the host
   * name) so a restart takes back its own claims at once; it must differ between replicas
   * running at the same time. The default is unique per process.
   */
  workerId?: string;
  /** Called once the person's `blocked` status is stored; e.g. mark the user inactive. */
  onInactive?: (userId: number) => Promise<void>;
  /** Called by exactly one replica when a broadcast has no open rows left. */
  onFinished?: (report: DeliveryReport) => Promise<void>;
  logger?: EngineLogger;
  /** Clock in epoch milliseconds (tests). */
  now?: () => number;
  /**
   * Schedules the loop's sleeps (default `setTimeout`). Tests pass a virtual timer together
   * with `now`, so pacing and backoff run on stepped time instead of the real clock.
   */
  setTimer?: SetTimer;
  /** A claim not renewed for this long belongs to a dead worker (default 30 s). */
  leaseMs?: number;
  /** How often an idle engine looks for new work (default 1000 ms); `wake()` skips the wait. */
  pollMs?: number;
  /**
   * Sends awaiting Telegram's answer at once, at most (default: half a second of sending, ≥ 8).
   * Below it the engine keeps only what the rate and recent round trips need
   * (`in-flight-limit.ts`), since each send in flight holds a socket and its buffers.
   */
  maxInFlight?: number;
  /** Bounded retries for network errors and 5xx. */
  retry?: Partial<RetryPolicy>;
}

export interface ResolvedOptions {
  rate: number;
  paid: boolean;
  perChatIntervalMs: number;
  batchSize: number;
  workerId: string;
  leaseMs: number;
  pollMs: number;
  minInFlight: number;
  maxInFlight: number;
  /** Results not yet written above which no new send starts (the crash-uncertain window). */
  maxBacklog: number;
  retry: RetryPolicy;
  now: () => number;
  setTimer: SetTimer;
  logger: EngineLogger;
}

const SILENT: EngineLogger = { info() {}, warn() {}, error() {} };

export function resolveOptions(o: DeliveryEngineOptions): ResolvedOptions {
  const paid = o.paid ?? false;
  const rate = paid ? (o.paidRate ?? 1000) : (o.rate ?? 30);
  if (!(rate > 0)) throw new Error(`The broadcast rate must be positive; got ${rate}.`);
  const batchSize = o.batchSize ?? Math.min(500, Math.max(10, Math.ceil(rate)));
  const maxInFlight = o.maxInFlight ?? Math.max(8, Math.ceil(rate / 2));
  return {
    rate,
    paid,
    perChatIntervalMs: o.perChatIntervalMs ?? 1000,
    batchSize,
    workerId:
      o.workerId ?? `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    leaseMs: o.leaseMs ?? 30_000,
    pollMs: o.pollMs ?? 1000,
    minInFlight: Math.min(8, maxInFlight),
    maxInFlight,
    maxBacklog: Math.max(100, batchSize * 2),
    retry: { ...DEFAULT_RETRY, ...o.retry },
    now: o.now ?? Date.now,
    setTimer: o.setTimer ?? realTimer,
    logger: o.logger ?? SILENT,
  };
}
