/**
 * The global pacer against a strict sliding-window limiter, on a stepped clock: no real time
 * passes and nothing sleeps. `simulate` plays the delivery loop (send whenever the pacer says
 * 0, else jump to the next wake-up) against a fake Bot API that admits at most `limit`
 * messages in any 1000 ms, with a few milliseconds of jitter between send and arrival.
 */
import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/broadcast/pacer.js';

/** At most `limit` arrivals in any 1000 ms; a refused one is told the whole seconds to wait. */
class StrictLimiter {
  private readonly accepted: number[] = [];
  constructor(private readonly limit: number) {}

  /** 0 when admitted, else `retry_after` in seconds (fractional when `fractional`). */
  admit(at: number, fractional: boolean): number {
    const oldest = this.accepted[this.accepted.length - this.limit];
    if (oldest !== undefined && at - oldest < 1000) {
      const wait = (oldest + 1000 - at) / 1000;
      return fractional ? wait : Math.max(1, Math.ceil(wait));
    }
    this.accepted.push(at);
    return 0;
  }

  sentBetween(from: number, to: number): number {
    return this.accepted.filter((t) => t >= from && t < to).length;
  }
}

interface Simulation {
  target: number;
  limit: number;
  seconds: number;
  /** Send-to-arrival time varies between 1 and 1 + jitterMs (deterministic). */
  jitterMs?: number;
  fractional?: boolean;
  /** Extra messages another part of the bot sends at these times (share the limit). */
  otherTraffic?: (second: number) => number;
}

function simulate(s: Simulation) {
  let now = 0;
  const pacer = new Pacer(s.target, () => now);
  const limiter = new StrictLimiter(s.limit);
  const events: Array<{ at: number; run: () => void }> = [];
  const schedule = (at: number, run: () => void) => {
    let i = events.length;
    while (i > 0 && (events[i - 1] as { at: number }).at > at) i--;
    events.splice(i, 0, { at, run });
  };
  let seed = 7;
  const jitter = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return 1 + (seed / 2 ** 31) * (s.jitterMs ?? 10);
  };
  const throttles: number[] = [];
  const send = (other: boolean, ticket = -1) => {
    const arrive = now + jitter();
    schedule(arrive, () => {
      const retryAfter = limiter.admit(arrive, s.fractional ?? false);
      if (!other)
        schedule(arrive + 1, () => {
          pacer.answered(ticket);
          if (retryAfter === 0) return;
          throttles.push(now);
          pacer.throttle(retryAfter);
        });
    });
  };
  for (let second = 0; s.otherTraffic && second < s.seconds; second++)
    for (let k = 0, n = s.otherTraffic(second); k < n; k++)
      schedule(second * 1000 + (k * 1000) / n + 0.5, () => send(true));
  const end = s.seconds * 1000;
  while (now < end) {
    const wait = pacer.delay();
    if (wait === 0) {
      send(false, pacer.take());
      continue;
    }
    const next = events[0];
    now = next && next.at < now + wait ? next.at : now + wait;
    while (events[0] && (events[0] as { at: number }).at <= now) events.shift()?.run();
  }
  return { limiter, throttles, pacer };
}

describe('the pacer against a strict sliding-window limiter', () => {
  it.each([30, 1000])('sends at ≥ 0.95 of %i/s with no 429', (limit) => {
    const { limiter, throttles } = simulate({ target: limit, limit, seconds: 20 });
    expect(throttles).toEqual([]);
    const perSecond = limiter.sentBetween(2000, 20_000) / 18;
    expect(perSecond / limit).toBeGreaterThanOrEqual(0.95);
    expect(perSecond).toBeLessThanOrEqual(limit);
  });

  it('never puts more than the rate into any window, even after a stall', () => {
    let now = 0;
    const pacer = new Pacer(30, () => now);
    const sent: number[] = [];
    const step = (until: number) => {
      while (now < until) {
        const wait = pacer.delay();
        if (wait === 0) {
          pacer.answered(pacer.take()); // answered at once
          sent.push(now);
        } else now += wait;
      }
    };
    step(3_000);
    now += 400; // the loop was busy (a slow claim): the slack makes up a little, no burst
    step(6_000);
    for (const t of sent)
      expect(sent.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(30);
  });

  it('pauses for a fractional retry_after, backs off once per episode, and recovers fast', () => {
    let now = 10_000;
    const pacer = new Pacer(1000, () => now);
    pacer.throttle(0.4);
    expect(pacer.delay()).toBe(400);
    expect(pacer.rate).toBe(750);
    pacer.throttle(0.4); // an answer to a send made before the pause: the same episode
    expect(pacer.rate).toBe(750);
    now += 400;
    expect(pacer.delay()).toBe(0);
    now += 1_000;
    expect(pacer.rate).toBeGreaterThan(950); // within a second, back near the rate that drew it
    now += 2_000;
    expect(pacer.rate).toBe(980);
    now += 5_000;
    expect(pacer.rate).toBe(990); // then probes slowly up to the target
    now += 5_000;
    expect(pacer.rate).toBe(1000);
  });

  it('never stops for good after repeated 429s', () => {
    let now = 0;
    const pacer = new Pacer(30, () => now);
    for (let i = 0; i < 30; i++) {
      pacer.throttle(1);
      now += 1000;
    }
    expect(pacer.rate).toBeCloseTo(1.5); // a floor of 5 %
    expect(pacer.delay()).toBe(0);
  });

  it('adapts when the bot’s own replies take part of the limit, then settles', () => {
    // The county's officers answer villagers: 6 messages a second of the 30 are not ours.
    const { limiter, throttles } = simulate({
      target: 30,
      limit: 30,
      seconds: 120,
      otherTraffic: () => 6,
    });
    expect(throttles.length).toBeGreaterThan(0); // it learnt the hard way, once or a few times
    // In the last minute: few 429s, and the share it can have (24/s) mostly used.
    expect(throttles.filter((t) => t >= 60_000).length).toBeLessThanOrEqual(4);
    expect(limiter.sentBetween(60_000, 120_000) / 60).toBeGreaterThanOrEqual(0.85 * 30);
  });

  it('honours a fractional retry_after from the limiter itself', () => {
    const { throttles, limiter } = simulate({
      target: 40, // configured above the real limit
      limit: 30,
      seconds: 60,
      fractional: true,
    });
    expect(throttles.length).toBeGreaterThan(0);
    expect(throttles.filter((t) => t >= 30_000).length).toBeLessThanOrEqual(3);
    expect(limiter.sentBetween(30_000, 60_000) / 30).toBeGreaterThanOrEqual(0.9 * 30);
  });
});
