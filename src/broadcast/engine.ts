/**
 * The broadcast delivery engine: takes rows from the persistent outbox, sends them at the
 * allowed rate and writes each result back. Exactly-once as far as a crash allows: rows are
 * claimed in batches under a lease, each result is written within milliseconds of its send,
 * and on restart only rows whose send had returned but was not yet written can go out twice
 * (see README.md for the whole scheme). The engine never imports grammY; the bot passes a
 * `Sender` and callbacks.
 *
 * @example
 * const engine = createDeliveryEngine({
 *   db, engine: 'sqlite', send: createTelegramSender('https://api.telegram.org', token),
 *   onInactive: (id) => markInactive(db, id),
 *   onFinished: (r) => tellAuthor(r),
 * });
 * engine.start();
 * // … on SIGTERM:
 * await engine.stop();
 */
import { randomBytes } from 'node:crypto';
import { ChatSpacing } from './chat-spacing.js';
import { Completion } from './completion.js';
import { Dispatcher } from './dispatcher.js';
import {
  type DeliveryEngineOptions,
  type EngineLogger,
  type ResolvedOptions,
  resolveOptions,
} from './engine-options.js';
import { InFlightLimit } from './in-flight-limit.js';
import { keepLease } from './lease.js';
import {
  activeBroadcasts,
  claimRows,
  markStarted,
  type RowUpdate,
  releaseStaleClaims,
  writeRows,
} from './outbox.js';
import { OutboxMessages } from './outbox-messages.js';
import { OutboxQueue, type QueuedRow } from './outbox-queue.js';
import { Pacer } from './pacer.js';
import { ResultWriter } from './result-writer.js';
import { Waker } from './waker.js';

export type { DeliveryEngineOptions, EngineLogger } from './engine-options.js';
export type { BroadcastRenderer } from './outbox-messages.js';

/** Counters since `start()`, for logs, tests and benchmarks. */
export interface EngineStatus {
  running: boolean;
  /** The global rate now in effect (lower than configured for a while after a 429). */
  rate: number;
  pausedUntil: number;
  queued: number;
  inFlight: number;
  /** Sends allowed to await an answer at once now (rate × recent round trip, bounded). */
  inFlightLimit: number;
  unwritten: number;
  sent: number;
  blocked: number;
  failed: number;
  retried: number;
  throttled: number;
}

export interface DeliveryEngine {
  start(): void;
  /** Finishes the sends in flight, writes their results and gives back unsent claims. */
  stop(): Promise<void>;
  /** Resolves once nothing deliverable now is open (pending or claimed by anyone). */
  drain(): Promise<void>;
  /** Look for work now instead of at the next poll (e.g. right after an approval). */
  wake(): void;
  status(): EngineStatus;
}

export function createDeliveryEngine(options: DeliveryEngineOptions): DeliveryEngine {
  const engine = new Delivery(options, resolveOptions(options));
  return {
    start: () => engine.start(),
    stop: () => engine.stop(),
    drain: () => engine.drain(),
    wake: () => engine.wake(),
    status: () => engine.status(),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

class Delivery {
  private readonly pacer: Pacer;
  private readonly limit: InFlightLimit;
  private readonly spacing: ChatSpacing;
  private readonly queue = new OutboxQueue();
  private readonly waker: Waker;
  private readonly dispatcher: Dispatcher;
  private readonly completion: Completion;
  private readonly log: EngineLogger;
  private writer: ResultWriter | undefined;
  private token = '';
  private running = false;
  private loopDone: Promise<void> | undefined;
  /** Each active broadcast's message, rendered once per broadcast (not per recipient). */
  private readonly messages: OutboxMessages;
  private drains: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private nextClaimAt = 0;
  private nextLeaseCheckAt = 0;
  private nextIdleCheckAt = 0;

  constructor(
    private readonly o: DeliveryEngineOptions,
    private readonly r: ResolvedOptions,
  ) {
    this.log = r.logger;
    this.messages = new OutboxMessages(o.render, r.logger);
    this.waker = new Waker(r.setTimer);
    this.pacer = new Pacer(r.rate, r.now);
    this.limit = new InFlightLimit({ min: r.minInFlight, max: r.maxInFlight, now: r.now });
    this.spacing = new ChatSpacing(r.perChatIntervalMs);
    this.dispatcher = new Dispatcher({
      send: o.send,
      paid: r.paid,
      retry: r.retry,
      now: r.now,
      log: r.logger,
      pacer: this.pacer,
      limit: this.limit,
      spacing: this.spacing,
      queue: this.queue,
      record: (row) => this.writer?.push(row),
      onSettled: () => this.waker.kick(),
    });
    this.completion = new Completion(o.db, o, r.logger, r.now, (id) => this.holds(id));
  }

  start(): void {
    if (this.loopDone) return;
    this.running = true;
    this.token = `${this.r.workerId}/${randomBytes(6).toString('hex')}`;
    this.writer = new ResultWriter(
      (rows) => writeRows(this.o.db, this.o.engine, rows, this.token),
      (rows) => this.completion.afterWrite(rows),
      this.log,
      this.r.pollMs,
    );
    this.nextClaimAt = this.nextLeaseCheckAt = this.nextIdleCheckAt = 0;
    this.loopDone = this.loop().catch((error) => {
      this.log.error('broadcast: the delivery loop stopped on an unexpected error', { error });
    });
  }

  async stop(): Promise<void> {
    if (!this.loopDone || !this.writer) return;
    this.running = false;
    this.waker.kick();
    await this.loopDone;
    await this.dispatcher.settled();
    for (const row of this.queue.remove(() => true)) this.writer.push(release(row));
    await this.writer.close();
    this.loopDone = undefined;
    const stopped = new Error('The delivery engine was stopped before everything was delivered.');
    for (const d of this.drains.splice(0)) d.reject(stopped);
  }

  drain(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.drains.push({ resolve, reject });
      this.wake();
    });
  }

  wake(): void {
    this.nextClaimAt = this.nextIdleCheckAt = 0;
    this.waker.kick();
  }

  status(): EngineStatus {
    return {
      running: this.running,
      rate: this.pacer.rate,
      pausedUntil: this.pacer.pausedUntilMs,
      queued: this.queue.size,
      inFlight: this.dispatcher.inFlight,
      inFlightLimit: this.limit.limit(this.pacer.rate),
      unwritten: this.writer?.backlog ?? 0,
      ...this.dispatcher.counts,
    };
  }

  private async loop(): Promise<void> {
    const { workerId } = this.r;
    await this.guard('taking back claims of this worker’s previous run', async () => {
      const n = await releaseStaleClaims(this.o.db, { workerId });
      if (n > 0) this.log.warn(`broadcast: re-queued ${n} rows left claimed by a previous run`);
    });
    while (this.running) {
      const now = this.r.now();
      const writer = this.writer as ResultWriter;
      if (now >= this.nextLeaseCheckAt) await this.checkLease(now);
      const busy = this.dispatcher.full || writer.backlog >= this.r.maxBacklog;
      if (this.queue.size <= this.r.batchSize / 2 && now >= this.nextClaimAt && !busy) {
        await this.refill(now);
        continue;
      }
      if (busy) {
        await this.waker.wait(this.r.pollMs);
        continue;
      }
      const wait = this.pacer.delay();
      if (wait > 0) {
        await this.waker.wait(wait);
        continue;
      }
      const next = this.queue.take(this.r.now(), (chat) => this.spacing.readyAt(chat));
      if (next.row) {
        this.launch(next.row);
        continue;
      }
      if (this.queue.size === 0 && this.dispatcher.inFlight === 0 && writer.backlog === 0)
        await this.idle();
      const until = Math.min(next.nextAt ?? Number.POSITIVE_INFINITY, this.nextClaimAt);
      await this.waker.wait(Math.min(this.r.pollMs, Math.max(1, until - this.r.now())));
    }
  }

  /** Claims the next batch, highest priority first, from broadcasts deliverable now. */
  private async refill(now: number): Promise<void> {
    this.nextClaimAt = now + this.r.pollMs;
    await this.guard('claiming recipients', async () => {
      const active = await activeBroadcasts(this.o.db, iso(now));
      this.messages.update(active);
      // Rows of a broadcast cancelled since they were claimed go back unsent.
      for (const row of this.queue.remove((r) => !this.messages.get(r.broadcastId)))
        this.writer?.push(release(row));
      const rows = await claimRows(this.o.db, this.o.engine, {
        broadcastIds: this.messages.deliverable(),
        limit: this.r.batchSize,
        workerId: this.r.workerId,
        token: this.token,
        nowIso: iso(now),
      });
      if (rows.length === 0) return;
      const starting = new Set(rows.map((r) => r.broadcastId));
      const approved = active.filter((b) => b.status === 'approved' && starting.has(b.id));
      await markStarted(
        this.o.db,
        approved.map((b) => b.id),
        iso(now),
      );
      this.queue.add(rows);
      if (rows.length === this.r.batchSize) this.nextClaimAt = 0;
    });
  }

  private launch(row: QueuedRow): void {
    const message = this.messages.get(row.broadcastId);
    if (message) this.dispatcher.launch(row, message);
    else this.writer?.push(release(row));
  }

  private holds(broadcastId: number): boolean {
    return this.queue.hasBroadcast(broadcastId) || this.dispatcher.holds(broadcastId);
  }

  private async checkLease(now: number): Promise<void> {
    this.nextLeaseCheckAt = now + this.r.leaseMs / 3;
    await this.guard('renewing claims', async () => {
      const freed = await keepLease(this.o.db, {
        engine: this.o.engine,
        token: this.token,
        leaseMs: this.r.leaseMs,
        now,
        holding: this.queue.size + this.dispatcher.inFlight > 0,
        queue: this.queue,
        log: this.log,
      });
      if (freed > 0) this.nextClaimAt = 0;
    });
  }

  /** Nothing held: finish broadcasts completed elsewhere and answer `drain()` callers. */
  private async idle(): Promise<void> {
    const now = this.r.now();
    if (now < this.nextIdleCheckAt) return;
    this.nextIdleCheckAt = now + this.r.pollMs;
    const waiting = [...this.drains];
    await this.guard('checking for finished broadcasts', async () => {
      if ((await this.completion.sweep()).open > 0) return;
      this.drains = this.drains.filter((d) => !waiting.includes(d));
      for (const d of waiting) d.resolve();
    });
  }

  private async guard(what: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.log.error(`broadcast: ${what} failed; will try again`, { error });
    }
  }
}

function release(row: QueuedRow): RowUpdate {
  return {
    broadcastId: row.broadcastId,
    userId: row.userId,
    status: 'pending',
    attempts: row.attempts,
    sentAt: null,
    messageId: null,
    error: null,
  };
}
