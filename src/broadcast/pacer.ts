/**
 * The global send rate. Telegram counts messages over a sliding window, and a flood-limited
 * bot is told to wait ("retry after N seconds"), so the pacer keeps two rules:
 *
 * - **Never more than the rate in any window.** At most `rate` messages in any `windowMs` plus a
 *   small margin, spread evenly with a little slack for timer lag. A message counts from when
 *   it may have reached Telegram: while unanswered it counts as arriving now, once answered as
 *   arriving at its answer (less half the shortest round trip seen). A stall on either side
 *   (a busy event loop, a garbage collection, a slow server) then delays the next sends instead
 *   of bunching them at the server, and a strict sliding-window limiter never answers 429.
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
  /** Per recent message (by ticket): when it started, and when it may have arrived. */
  private readonly started: Float64Array;
  private readonly arrived: Float64Array;
  private tickets = 0;
  private shortestRoundTrip = Number.POSITIVE_INFINITY;
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
  /** Waiting on unanswered messages: look again this soon (an answer also wakes the loop). */
  static readonly UNANSWERED_RECHECK_MS = 5;

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
    const remembered = 2 * Math.max(1, Math.ceil(target));
    this.started = new Float64Array(remembered);
    this.arrived = new Float64Array(remembered).fill(Number.NEGATIVE_INFINITY);
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
    const windowFull = this.windowFreeAt(now) - now;
    const wait = Math.max(even, windowFull, 0);
    // Timers fire in whole milliseconds; waking early would only spin.
    return wait > 0 ? Math.ceil(wait) : 0;
  }

  /** Records a send that starts now; pass the ticket to `answered` when Telegram answers. */
  take(): number {
    const now = this.now();
    this.due = Math.max(this.due, now) + this.span / this.current;
    const ticket = this.tickets++;
    const slot = ticket % this.started.length;
    this.started[slot] = now;
    this.arrived[slot] = Number.POSITIVE_INFINITY;
    return ticket;
  }

  /** Telegram answered the message of `ticket` (whatever the answer). */
  answered(ticket: number): void {
    if (ticket < this.tickets - this.started.length) return;
    const slot = ticket % this.started.length;
    const now = this.now();
    this.shortestRoundTrip = Math.min(this.shortestRoundTrip, now - (this.started[slot] as number));
    this.arrived[slot] = Math.max(this.started[slot] as number, now - this.shortestRoundTrip / 2);
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

  /** When the window holds fewer than `rate` messages again, as far as we can know now. */
  private windowFreeAt(now: number): number {
    const allowed = Math.max(1, Math.floor(this.current));
    const from = now - this.span;
    let inWindow = 0;
    let unanswered = 0;
    let oldest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.arrived.length; i++) {
      const at = this.arrived[i] as number;
      if (at <= from) continue;
      inWindow++;
      if (at === Number.POSITIVE_INFINITY) unanswered++;
      else if (at < oldest) oldest = at;
    }
    if (inWindow < allowed) return 0;
    const leaving = inWindow - allowed + 1; // how many must leave the window first
    if (leaving > inWindow - unanswered) return now + Pacer.UNANSWERED_RECHECK_MS;
    if (leaving === 1) return oldest + this.span;
    const times = [...this.arrived].filter((at) => at > from).sort((x, y) => x - y);
    return (times[leaving - 1] as number) + this.span;
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
