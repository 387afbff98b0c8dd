/**
 * Telegram's flood limits as the emulator enforces them. Telegram publishes them only as rough
 * guidance ("about 30 messages per second", "no more than one message per second in a chat",
 * "20 messages per minute in a group"), so the emulator uses token buckets with those rates.
 */
export interface FloodLimits {
  /** Messages per second across all chats (Telegram: about 30). */
  globalPerSecond: number;
  /** Sustained messages per second into one private chat (Telegram: about 1). */
  perChatPerSecond: number;
  /** Short burst allowed into one private chat before the per-second rate applies. */
  perChatBurst: number;
  /** Messages per minute into one group (negative chat id) (Telegram: 20). */
  perGroupPerMinute: number;
  /** The overall rate for calls with `allow_paid_broadcast: true` (Telegram: up to 1000). */
  paidGlobalPerSecond: number;
}

/** The limits the emulator applies unless told otherwise. */
export const TELEGRAM_FLOOD_LIMITS: FloodLimits = {
  globalPerSecond: 30,
  perChatPerSecond: 1,
  perChatBurst: 3,
  perGroupPerMinute: 20,
  paidGlobalPerSecond: 1000,
};

interface Bucket {
  tokens: number;
  updated: number;
  capacity: number;
  perMs: number;
}

const PRUNE_ABOVE = 10_000;

/**
 * Decides whether a sending call may go through now and, if not, the whole number of seconds
 * to put into `retry_after`. Waiting that long is always enough for one more message, so a
 * client that honours `retry_after` (like @grammyjs/auto-retry) gets through on its next try.
 * The clock is injected so tests can step time instead of sleeping.
 */
export class FloodLimiter {
  private readonly global: Bucket;
  private readonly paid: Bucket;
  private readonly chats = new Map<number, Bucket>();

  constructor(
    private readonly limits: FloodLimits,
    private readonly now: () => number,
  ) {
    this.global = this.bucket(limits.globalPerSecond, limits.globalPerSecond / 1000);
    this.paid = this.bucket(limits.paidGlobalPerSecond, limits.paidGlobalPerSecond / 1000);
  }

  /** Seconds to wait before sending to `chatId`, or 0 when a message may go out now. */
  retryAfter(chatId: number | undefined, paid: boolean): number {
    const now = this.now();
    let waitMs = this.waitMs(paid ? this.paid : this.global, now);
    if (chatId !== undefined) waitMs = Math.max(waitMs, this.waitMs(this.chatBucket(chatId), now));
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** Records one message sent to `chatId`; call only after `retryAfter` returned 0. */
  consume(chatId: number | undefined, paid: boolean): void {
    (paid ? this.paid : this.global).tokens -= 1;
    if (chatId !== undefined) this.chatBucket(chatId).tokens -= 1;
  }

  private chatBucket(chatId: number): Bucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      if (this.chats.size >= PRUNE_ABOVE) this.pruneFullBuckets();
      const { perChatBurst, perChatPerSecond, perGroupPerMinute } = this.limits;
      bucket =
        chatId < 0
          ? this.bucket(perGroupPerMinute, perGroupPerMinute / 60_000)
          : this.bucket(perChatBurst, perChatPerSecond / 1000);
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  private bucket(capacity: number, perMs: number): Bucket {
    return { tokens: capacity, updated: this.now(), capacity, perMs };
  }

  private waitMs(bucket: Bucket, now: number): number {
    bucket.tokens = Math.min(
      bucket.capacity,
      bucket.tokens + (now - bucket.updated) * bucket.perMs,
    );
    bucket.updated = now;
    return bucket.tokens >= 1 ? 0 : (1 - bucket.tokens) / bucket.perMs;
  }

  /** Keeps memory bounded: a bucket that has refilled completely carries no information. */
  private pruneFullBuckets(): void {
    const now = this.now();
    for (const [chatId, bucket] of this.chats) {
      this.waitMs(bucket, now);
      if (bucket.tokens >= bucket.capacity) this.chats.delete(chatId);
    }
  }
}
