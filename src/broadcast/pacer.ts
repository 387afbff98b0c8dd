/**
 * The global send rate: a token bucket at `rate` messages per second, which a 429 pauses and
 * slows down. Telegram's flood control answers "retry after N seconds" for the whole bot, so
 * after one 429 every send waits, and the rate is halved so we do not run straight into the
 * next one; it then climbs back by a tenth of the target each quiet second (AIMD, as TCP does).
 * The clock is injected so tests can step time.
 */
export class Pacer {
  private current: number;
  private tokens = 1;
  private updated: number;
  private pausedUntil = 0;
  private nextRaiseAt = 0;

  /** A burst of this many seconds' worth of messages may go out back to back. */
  private static readonly BURST_SECONDS = 0.05;
  /** The lowest the rate goes after repeated 429s, as a fraction of the target. */
  private static readonly FLOOR = 0.05;
  /** How much of the target rate each quiet second gives back. */
  private static readonly RECOVERY = 0.1;

  constructor(
    private readonly target: number,
    private readonly now: () => number,
  ) {
    if (!(target > 0)) throw new Error(`The send rate must be positive; got ${target}.`);
    this.current = target;
    this.updated = now();
  }

  /** The rate now in effect, in messages per second. */
  get rate(): number {
    this.recover(this.now());
    return this.current;
  }

  /** Epoch ms until which all sending waits (0 when not paused). */
  get pausedUntilMs(): number {
    return this.pausedUntil;
  }

  /** Milliseconds until the next message may go out; 0 means now (then call `take`). */
  delay(): number {
    const now = this.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.recover(now);
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.current);
  }

  take(): void {
    this.tokens -= 1;
  }

  /** A 429: pause everything for `seconds`, then continue at half the rate. */
  throttle(seconds: number): void {
    const now = this.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(0, seconds) * 1000);
    this.current = Math.max(this.target * Pacer.FLOOR, this.current / 2);
    this.tokens = 0;
    this.updated = this.pausedUntil;
    this.nextRaiseAt = this.pausedUntil + 1000;
  }

  private refill(now: number): void {
    const capacity = Math.max(1, this.current * Pacer.BURST_SECONDS);
    this.tokens = Math.min(capacity, this.tokens + ((now - this.updated) * this.current) / 1000);
    this.updated = now;
  }

  private recover(now: number): void {
    while (this.current < this.target && now >= this.nextRaiseAt) {
      this.refill(Math.min(now, this.nextRaiseAt));
      this.current = Math.min(this.target, this.current + this.target * Pacer.RECOVERY);
      this.nextRaiseAt += 1000;
    }
  }
}
