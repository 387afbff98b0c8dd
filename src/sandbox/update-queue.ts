import type { Update } from 'grammy/types';
import { ApiError } from './api-error.js';

/** Update types Telegram leaves out unless `allowed_updates` names them. */
const OPT_IN = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
const MAX_TIMEOUT_SECONDS = 120;

type Wake = (outcome: 'updates' | 'timeout' | 'conflict' | 'closed' | 'aborted') => void;

/** What one getUpdates call asks for. */
export interface TakeRequest {
  offset?: number;
  limit: number;
  timeoutSeconds: number;
  allowedUpdates?: string[];
  signal?: AbortSignal;
}

/**
 * The updates waiting for the bot, served by getUpdates with Telegram's semantics: `offset`
 * confirms everything before it, `timeout` holds the request open until an update arrives,
 * `allowed_updates` is remembered between calls, and a second concurrent poll ends the first
 * with 409, which is how Telegram reveals a bot running twice.
 */
export class UpdateQueue {
  private pending: Update[] = [];
  private nextId = 1;
  private allowed: Set<string> | undefined;
  private wake: Wake | undefined;
  private closed = false;

  constructor(private readonly maxPending = 100_000) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Whether a getUpdates long poll is being held open right now, waiting for an update. */
  get polling(): boolean {
    return this.wake !== undefined;
  }

  push(partial: Omit<Update, 'update_id'>): Update {
    const update = { update_id: this.nextId++, ...partial } as Update;
    this.pending.push(update);
    if (this.pending.length > this.maxPending) this.pending.shift();
    this.wake?.('updates');
    return update;
  }

  async take(request: TakeRequest): Promise<Update[]> {
    if (request.offset !== undefined) this.confirm(request.offset);
    if (request.allowedUpdates !== undefined) {
      const list = request.allowedUpdates;
      this.allowed = list.length === 0 ? undefined : new Set(list);
    }
    const ready = this.ready(request.limit);
    if (ready.length > 0 || request.timeoutSeconds <= 0 || this.closed) return ready;
    this.wake?.('conflict');
    const outcome = await this.wait(
      Math.min(request.timeoutSeconds, MAX_TIMEOUT_SECONDS) * 1000,
      request.signal,
    );
    if (outcome === 'conflict') {
      throw new ApiError(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      );
    }
    return this.ready(request.limit);
  }

  /** Drops everything not yet delivered (deleteWebhook/setWebhook with drop_pending_updates). */
  clear(): void {
    this.pending = [];
  }

  /** Ends a waiting poll with an empty result; later polls return at once. */
  close(): void {
    this.closed = true;
    this.wake?.('closed');
  }

  reopen(): void {
    this.closed = false;
  }

  private confirm(offset: number): void {
    if (offset < 0) {
      this.pending = this.pending.slice(offset);
      return;
    }
    let keepFrom = 0;
    while (keepFrom < this.pending.length && (this.pending[keepFrom]?.update_id ?? 0) < offset) {
      keepFrom++;
    }
    if (keepFrom > 0) this.pending.splice(0, keepFrom);
  }

  private ready(limit: number): Update[] {
    const allowed = (update: Update) => {
      const type = Object.keys(update).find((key) => key !== 'update_id') ?? '';
      return this.allowed ? this.allowed.has(type) : !OPT_IN.has(type);
    };
    if (!this.pending.every(allowed)) this.pending = this.pending.filter(allowed);
    return this.pending.slice(0, Math.max(1, Math.min(limit, 100)));
  }

  private wait(ms: number, signal?: AbortSignal): Promise<Parameters<Wake>[0]> {
    return new Promise((resolve) => {
      const done: Wake = (outcome) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.wake === done) this.wake = undefined;
        resolve(outcome);
      };
      const onAbort = () => done('aborted');
      const timer = setTimeout(() => done('timeout'), ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.wake = done;
    });
  }
}
