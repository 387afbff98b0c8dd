/**
 * How many sends may await Telegram's answer at once. Each one holds a socket, its request and
 * its answer; the pacer alone would let them pile up as far as the round trip allows, and at
 * 1000/s a slow second (a busy server, a garbage collection, a proxy) left ~1000 sockets open
 * and ~200 MB resident. Throughput needs only rate × round trip in flight (Little's law), so
 * the limit follows that: the rate now in effect times a recent high round trip, with half
 * again for headroom, between `min` and `max`. The round trip rises at once with a slow
 * answer and halves every second after it, so a burst of slowness lifts the limit only while
 * it lasts.
 *
 * @example
 * const limit = new InFlightLimit({ min: 8, max: 500, now: Date.now });
 * limit.observe(120); // a send took 120 ms
 * limit.limit(1000); // ⌈1000/s × 0.12 s × 1.5⌉ + 2 = 182
 */
export interface InFlightLimitOptions {
  /** Never fewer than this (a first send has no round trip yet). */
  min: number;
  /** Never more than this (the connection pool's size, the memory ceiling). */
  max: number;
  now: () => number;
}

export class InFlightLimit {
  /** Headroom over rate × round trip: sends are evenly spaced, round trips are not. */
  static readonly HEADROOM = 1.5;
  /** The remembered high round trip halves over this long. */
  static readonly HALF_LIFE_MS = 1_000;

  private roundTripMs = 0;
  private seenAt = 0;

  constructor(private readonly o: InFlightLimitOptions) {}

  /** One send's round trip, from start to answer. */
  observe(roundTripMs: number): void {
    const now = this.o.now();
    this.roundTripMs = Math.max(roundTripMs, this.decayed(now));
    this.seenAt = now;
  }

  /** The in-flight limit for sending at `rate` messages a second. */
  limit(rate: number): number {
    const need = Math.ceil(((rate * this.decayed(this.o.now())) / 1000) * InFlightLimit.HEADROOM);
    return Math.min(this.o.max, Math.max(this.o.min, need + 2));
  }

  private decayed(now: number): number {
    const age = Math.max(0, now - this.seenAt);
    return this.roundTripMs * 0.5 ** (age / InFlightLimit.HALF_LIFE_MS);
  }
}
