/**
 * Clocks for tests, so no test depends on the hour the suite happens to run at.
 *
 * - `useFixedClock(at)` freezes `Date` at one instant (vitest fake timers, `Date` only, so
 *   `setTimeout`, sockets and database drivers keep working). For tests that call code directly.
 * - `useClockFrom(at)` makes `Date` start at `at` and then run at the speed of the real clock.
 *   For tests that run the whole application (runner, delivery engine, emulator), which need
 *   time to pass, and where timestamps written one after the other must still differ.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

/** A Monday, 10:00 in the county (Asia/Shanghai): working hours, outside default quiet hours. */
export const COUNTY_MORNING = new Date('2026-06-15T02:00:00.000Z');

/** Freezes `Date` at `at` for every test in the current file or `describe` block. */
export function useFixedClock(at: Date = COUNTY_MORNING): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/**
 * Shifts `Date` so that "now" is `at` when the block starts and advances in real time from
 * there. Every `new Date()` and `Date.now()` in the process sees the shifted time; explicit
 * dates (`new Date(iso)`) are untouched.
 */
export function useClockFrom(at: Date = COUNTY_MORNING): ShiftedClock {
  let restore = () => {};
  let jump = 0;
  beforeAll(() => {
    jump = 0;
    restore = shiftDate(at, () => jump);
  });
  afterAll(() => restore());
  return {
    advance(ms) {
      jump += ms;
    },
  };
}

/** The clock `useClockFrom` set: `advance` moves it forward at once for everyone in the process. */
export interface ShiftedClock {
  /** Jumps the clock `ms` ahead (e.g. past WeChat's 48-hour window), without waiting. */
  advance(ms: number): void;
}

function shiftDate(at: Date, jumped: () => number = () => 0): () => void {
  const RealDate = Date;
  const start = at.getTime() - RealDate.now();
  const offset = () => start + jumped();
  const now = () => RealDate.now() + offset();
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now());
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return now();
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
