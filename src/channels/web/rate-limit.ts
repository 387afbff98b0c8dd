/**
 * Fixed-window request counters per key (a device, an IP address), in memory. Requests over the
 * limit are refused, not queued, so the first ones in a burst are the ones that count. One
 * process's view: behind several replicas each counts its own share (a shared counter in Redis
 * can come later).
 */
export interface RateLimit {
  /** True when the request may go on; counts it. */
  take(key: string, now?: number): boolean;
}

export function createRateLimit(limit: number, windowMs: number): RateLimit {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        // Forget old windows now and then, so the map does not grow with every visitor.
        if (windows.size > 10_000)
          for (const [k, old] of windows) if (now - old.start >= windowMs) windows.delete(k);
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= limit;
    },
  };
}
