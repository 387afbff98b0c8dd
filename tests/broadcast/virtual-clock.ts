/**
 * Virtual time for the delivery engine: pass `clock.now` and `clock.setTimer` to the engine
 * and the fake sender, and the pacer, the per-chat gap and the retry backoff all run on time
 * that moves only when the test says so. Rates and gaps are then exact however slow the
 * machine, and a test of "one second of sending" takes milliseconds.
 *
 * `run` steps time the way the real clock would, but only once the engine is quiet: it is
 * asleep on a timer, no send awaits its answer and every result is written. What the engine
 * does at each instant therefore no longer depends on how fast the database answers.
 */
import type { DeliveryEngine } from '../../src/broadcast/engine.js';
import type { SetTimer } from '../../src/broadcast/waker.js';
import { COUNTY_MORNING } from '../helpers/clock.js';

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

export class VirtualClock {
  private t: number;
  private readonly timers: Timer[] = [];
  private seq = 0;

  constructor(start: Date = COUNTY_MORNING) {
    this.t = start.getTime();
  }

  readonly now = (): number => this.t;

  readonly setTimer: SetTimer = (fire, ms) => {
    const timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fire };
    this.timers.push(timer);
    return () => {
      const i = this.timers.indexOf(timer);
      if (i >= 0) this.timers.splice(i, 1);
    };
  };

  /** Virtual milliseconds since `start`. */
  since(start: Date = COUNTY_MORNING): number {
    return this.t - start.getTime();
  }

  /**
   * Lets `engine` work until `done()` holds, moving time to each next timer whenever the engine
   * is quiet. Fails if `done()` still does not hold after `limitMs` of virtual time.
   */
  async run(engine: DeliveryEngine, done: () => boolean, limitMs = 120_000): Promise<void> {
    if (!(await this.step(engine, done, this.t + limitMs)))
      throw new Error(`not done after ${limitMs} ms of virtual time`);
  }

  /** Lets `engine` work for exactly `ms` of virtual time (what falls due at its end waits). */
  async advance(engine: DeliveryEngine, ms: number): Promise<void> {
    const end = this.t + ms;
    await this.step(engine, () => false, end);
    this.t = end;
  }

  /** Resolves with `promise` once it settles, letting `engine` work meanwhile. */
  async runUntilSettled<T>(engine: DeliveryEngine, promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    watched.catch(() => {});
    await this.run(engine, () => settled);
    return watched;
  }

  /** Fires timers in order until `done()` or the next one falls at or after `end`. */
  private async step(engine: DeliveryEngine, done: () => boolean, end: number): Promise<boolean> {
    for (;;) {
      await waitFor(() => done() || this.quiet(engine));
      if (done()) return true;
      const next = this.timers.reduce((a, b) =>
        b.at < a.at || (b.at === a.at && b.seq < a.seq) ? b : a,
      );
      if (next.at >= end) return false;
      this.t = Math.max(this.t, next.at);
      this.timers.splice(this.timers.indexOf(next), 1);
      next.fire();
    }
  }

  private quiet(engine: DeliveryEngine): boolean {
    const s = engine.status();
    return this.timers.length > 0 && s.inFlight === 0 && s.unwritten === 0;
  }
}

/**
 * Polls (real event-loop turns, not time) until `check` holds: database answers arrive on the
 * event loop. Fails after 20 s of real time, which only a hung engine reaches.
 */
async function waitFor(check: () => boolean): Promise<void> {
  const deadline = performance.now() + 20_000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('the engine never went quiet');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
