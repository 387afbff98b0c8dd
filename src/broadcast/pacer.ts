/**
 * The global send rate. Telegram counts messages over a sliding window, and a flood-limited
 * bot is told to wait ("retry after N seconds"), so the pacer keeps two rules:
 *
 * - **Never more than the rate in any window.** At most `rate` sends in any `windowMs` plus a
 *   small margin (network jitter moves a message's arrival a few milliseconds), remembered in a
 *   ring of recent send times, and spread evenly with a little slack for timer lag. Paced this
 *   way at the limit itself, a strict sliding-window limiter never answers 429.
 * - **Adapt when Telegram says otherwise.** Other traffic (the bot's own replies) shares the
 *   limit, so a 429 pauses every send for `retry_after` (fractions honoured), and the rate drops
 *   to 3/4 of the rate that drew it. Then it climbs back fast, halving the gap to just under that
 *   rate every quarter second, and from there probes slowly (1 % of the target per 5 quiet
 *   seconds) up to the target. 429s that answer sends made before the pause are one event.
 *
 * The clock is injected so tests step time instead of sleeping.
 *
 * @example
 * const pacer = new Pacer(30, Date.now);
 * const wait = pacer.delay(); // 0: send now and call pacer.take(); else sleep `wait` ms
 */
export interface PacerOptions {
  /** The limiter's window (default 1000 ms). */
  windowMs?: number;
  /** Added to the window for network jitter (default 25 ms: pacing at 0.976 of the rate). */
  marginMs?: number;
  /** How far sends may run ahead of even spacing, to make up timer lag (default 50 ms). */
  slackMs?: number;
}

export class Pacer {
  private current: number;
  /** Sends at or above this rate drew a 429 last time; fast recovery stops just below it. */
  private badRate: number;
  private pausedUntil = 0;
  private nextRaiseAt = 0;
  /** Grows while probes keep failing near the same rate, so 429s become rare. */
  private probeStepMs: number;
  /** Generic cell rate algorithm: when the next send is due under even spacing. */
  private due = 0;
  private readonly ring: Float64Array;
  private head = 0;
  private size = 0;
  private readonly span: number;
  private readonly slackMs: number;

  /** After a 429, the rate drops to this fraction of the rate that drew it. */
  static readonly BACK_OFF = 0.75;
  /** Fast recovery climbs to this fraction of that rate. */
  static readonly SAFE = 0.98;
  static readonly FAST_STEP_MS = 250;
  /** Above the safe rate: +1 % of the target every 5 quiet seconds. */
  static readonly PROBE = 0.01;
  static readonly PROBE_STEP_MS = 5_000;
  static readonly MAX_PROBE_STEP_MS = 60_000;
  /** The lowest the rate goes after repeated 429s, as a fraction of the target. */
  static readonly FLOOR = 0.05;

  constructor(
    private readonly target: number,
    private readonly now: () => number,
    options: PacerOptions = {},
  ) {
    if (!(target > 0)) throw new Error(`The send rate must be positive; got ${target}.`);
    this.current = target;
    this.probeStepMs = Pacer.PROBE_STEP_MS;
    this.badRate = Number.POSITIVE_INFINITY;
    this.span = (options.windowMs ?? 1000) + (options.marginMs ?? 25);
    this.slackMs = options.slackMs ?? 50;
    this.ring = new Float64Array(Math.max(1, Math.floor(target)));
  }

  /** The rate now in effect, in messages per second (per window). */
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
    const even = this.due - this.slackMs - now;
    const windowFull = this.windowFreeAt() - now;
    const wait = Math.max(even, windowFull, 0);
    // Timers fire in whole milliseconds; waking early would only spin.
    return wait > 0 ? Math.ceil(wait) : 0;
  }

  /** Records a send that starts now. */
  take(): void {
    const now = this.now();
    this.due = Math.max(this.due, now) + this.span / this.current;
    if (this.size === this.ring.length) {
      this.head = (this.head + 1) % this.ring.length;
      this.size--;
    }
    this.ring[(this.head + this.size) % this.ring.length] = now;
    this.size++;
  }

  /**
   * A 429: pause everything for `seconds` (fractions honoured). The first 429 of an episode
   * also lowers the rate; 429s arriving during the pause answer sends made before it.
   */
  throttle(seconds: number): void {
    const now = this.now();
    const until = now + Math.max(0, Number.isFinite(seconds) ? seconds : 1) * 1000;
    const fresh = now >= this.pausedUntil;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.due = this.pausedUntil;
    if (!fresh) return;
    this.recover(now);
    // A probe that failed where the last one did: wait longer before the next.
    const again =
      Number.isFinite(this.badRate) && Math.abs(this.current - this.badRate) <= 0.05 * this.badRate;
    this.probeStepMs = again
      ? Math.min(Pacer.MAX_PROBE_STEP_MS, this.probeStepMs * 2)
      : Pacer.PROBE_STEP_MS;
    this.badRate = this.current;
    this.current = Math.max(this.target * Pacer.FLOOR, this.current * Pacer.BACK_OFF);
    this.nextRaiseAt = this.pausedUntil + Pacer.FAST_STEP_MS;
  }

  /** When the window holds fewer than `rate` sends again (sends older than the span drop out). */
  private windowFreeAt(): number {
    const allowed = Math.min(this.ring.length, Math.max(1, Math.floor(this.current)));
    if (this.size < allowed) return 0;
    // The `allowed`-th most recent send must have left the window.
    const index = (this.head + this.size - allowed) % this.ring.length;
    return (this.ring[index] as number) + this.span;
  }

  private recover(now: number): void {
    while (this.current < this.target && now >= this.nextRaiseAt) {
      const safe = Math.min(this.target, this.badRate * Pacer.SAFE);
      if (this.current < safe) {
        const gap = safe - this.current;
        this.current = gap < 0.01 * this.target ? safe : this.current + gap / 2;
        this.nextRaiseAt += this.current === safe ? this.probeStepMs : Pacer.FAST_STEP_MS;
      } else {
        this.current = Math.min(this.target, this.current + this.target * Pacer.PROBE);
        this.nextRaiseAt += this.probeStepMs;
      }
    }
  }
}
