/**
 * Measurements for "fast enough" tests that hold on a busy machine. They count the CPU time this
 * process spent, not the time on the wall clock: on a shared machine the wall clock also counts
 * the time spent waiting for a core that other processes hold, which says nothing about the code.
 * A real slowdown (regex backtracking, a quadratic loop) costs CPU time and still shows in full.
 */

/** What `run` returned, and the CPU milliseconds (user + system) this process spent on it. */
export function cpuTime<T>(run: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** The least CPU time over `times` runs: a garbage-collection pause in one run does not count. */
export function bestCpuMs(times: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) best = Math.min(best, cpuTime(run).ms);
  return best;
}
