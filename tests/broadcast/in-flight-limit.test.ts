import { describe, expect, it } from 'vitest';
import { InFlightLimit } from '../../src/broadcast/in-flight-limit.js';

describe('the in-flight limit', () => {
  function limitAt(start = 0) {
    let now = start;
    const limit = new InFlightLimit({ min: 8, max: 500, now: () => now });
    return { limit, step: (ms: number) => (now += ms) };
  }

  it('keeps a few sends in flight before any answer and on a fast link', () => {
    const { limit } = limitAt();
    expect(limit.limit(1000)).toBe(8);
    limit.observe(2); // a local Bot API: 2 ms
    expect(limit.limit(1000)).toBe(8);
  });

  it('follows rate × round trip with headroom, within its bounds', () => {
    const { limit } = limitAt();
    limit.observe(120);
    expect(limit.limit(1000)).toBe(182); // ⌈1000 × 0.12 × 1.5⌉ + 2
    expect(limit.limit(30)).toBe(8);
    limit.observe(2_000);
    expect(limit.limit(1000)).toBe(500);
  });

  it('rises at once with a slow answer and halves every second after it', () => {
    const { limit, step } = limitAt(1_000);
    limit.observe(200);
    expect(limit.limit(1000)).toBe(302);
    step(1_000);
    expect(limit.limit(1000)).toBe(152);
    limit.observe(20); // a fast answer does not undo the remembered slow one
    expect(limit.limit(1000)).toBe(152);
    step(3_000);
    expect(limit.limit(1000)).toBe(21);
  });
});
