/**
 * The sending half of the engine: starts one send per pacer token and turns each answer into
 * a result to write, a retry, or a pause for everyone (429). It tracks what is in flight, so
 * the engine knows when a broadcast is no longer held here and when `stop()` may write the
 * last results.
 */
import type { ChatSpacing } from './chat-spacing.js';
import type { EngineLogger } from './engine-options.js';
import type { InFlightLimit } from './in-flight-limit.js';
import type { RowUpdate } from './outbox.js';
import type { OutboxQueue, QueuedRow } from './outbox-queue.js';
import { decideOutcome, type RetryPolicy } from './outcome.js';
import type { Pacer } from './pacer.js';
import type { OutboxMessage, Sender, SendResult } from './sender.js';

export interface DispatcherDeps {
  send: Sender;
  paid: boolean;
  retry: RetryPolicy;
  now: () => number;
  log: EngineLogger;
  pacer: Pacer;
  /** How many sends may await an answer at once, from the rate and recent round trips. */
  limit: InFlightLimit;
  spacing: ChatSpacing;
  /** Where rows waiting for a retry or the end of a pause go back to. */
  queue: OutboxQueue;
  /** Hands a final result to the writer. */
  record: (row: RowUpdate) => void;
  /** Called whenever a send has finished, so the loop can start the next one. */
  onSettled: () => void;
}

export class Dispatcher {
  readonly counts = { sent: 0, blocked: 0, failed: 0, retried: 0, throttled: 0 };
  private readonly sending = new Set<Promise<void>>();
  private readonly perBroadcast = new Map<number, number>();

  constructor(private readonly d: DispatcherDeps) {}

  get inFlight(): number {
    return this.sending.size;
  }

  /** As many sends await an answer as the rate and recent round trips call for. */
  get full(): boolean {
    return this.sending.size >= this.d.limit.limit(this.d.pacer.rate);
  }

  holds(broadcastId: number): boolean {
    return this.perBroadcast.has(broadcastId);
  }

  /** Resolves once every send started so far has finished and been handled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.sending]);
  }

  /** Sends `row` now; the caller has checked the pacer and the chat's spacing. */
  launch(row: QueuedRow, message: OutboxMessage): void {
    const ticket = this.d.pacer.take();
    this.d.spacing.mark(row.userId, this.d.now());
    this.count(row.broadcastId, 1);
    const sending: Promise<void> = this.deliver(row, message, ticket).finally(() => {
      this.sending.delete(sending);
      this.count(row.broadcastId, -1);
      this.d.onSettled();
    });
    this.sending.add(sending);
  }

  /** One send; a sender that throws (even synchronously) counts as a network error. */
  private async deliver(row: QueuedRow, message: OutboxMessage, ticket: number): Promise<void> {
    let result: SendResult;
    const startedAt = this.d.now();
    try {
      result = await this.d.send(row.userId, message, { paid: this.d.paid });
    } catch (error) {
      result = { ok: false, kind: 'transient', description: String(error) };
    }
    this.d.pacer.answered(ticket);
    this.d.limit.observe(this.d.now() - startedAt);
    try {
      this.settle(row, result);
    } catch (error) {
      this.d.log.error('broadcast: handling a send result failed', { error });
    }
  }

  private settle(row: QueuedRow, result: SendResult): void {
    const throttled = !result.ok && result.kind === 'retry_after';
    const attempts = throttled ? row.attempts : row.attempts + 1;
    const outcome = decideOutcome(result, attempts, this.d.retry);
    const now = this.d.now();
    switch (outcome.kind) {
      case 'final':
        this.counts[outcome.status]++;
        this.d.record({
          broadcastId: row.broadcastId,
          userId: row.userId,
          status: outcome.status,
          attempts,
          sentAt: outcome.status === 'sent' ? new Date(now).toISOString() : null,
          messageId: outcome.messageId,
          error: outcome.error,
        });
        return;
      case 'retry':
        this.counts.retried++;
        this.d.queue.requeue({ ...row, attempts }, now + outcome.delayMs);
        this.d.log.warn(`broadcast: send to ${row.userId} failed (${outcome.error}); will retry`);
        return;
      case 'throttle':
        this.counts.throttled++;
        this.d.pacer.throttle(outcome.seconds);
        this.d.queue.requeue(row, this.d.pacer.pausedUntilMs);
        this.d.log.warn(
          `broadcast: Telegram asked to wait ${outcome.seconds} s (429); pausing, then slowing to ${this.d.pacer.rate.toFixed(1)}/s`,
        );
        return;
    }
  }

  private count(broadcastId: number, delta: number): void {
    const n = (this.perBroadcast.get(broadcastId) ?? 0) + delta;
    if (n > 0) this.perBroadcast.set(broadcastId, n);
    else this.perBroadcast.delete(broadcastId);
  }
}
