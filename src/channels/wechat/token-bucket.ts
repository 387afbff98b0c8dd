/**
 * A token bucket: at most `ratePerSecond` calls on average, bursts up to `burst`. Keeps the
 * account's customer-service sends under WeChat's frequency limits when many residents write at
 * once (a warning broadcast, a busy market day).
 */
export interface TokenBucket {
  /** Resolves when a call may go; waits in order behind earlier callers. */
  take(): Promise<void>;
}

export function createTokenBucket(
  ratePerSecond: number,
  burst = ratePerSecond,
  clock: () => number = () => performance.now(),
): TokenBucket {
  let tokens = burst;
  let last = clock();
  let queue: Promise<void> = Promise.resolve();
  const refill = () => {
    const at = clock();
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * ratePerSecond);
    last = at;
  };
  const takeOne = async () => {
    refill();
    while (tokens < 1) {
      await new Promise((resolve) => setTimeout(resolve, ((1 - tokens) / ratePerSecond) * 1000));
      refill();
    }
    tokens -= 1;
  };
  return {
    take() {
      queue = queue.then(takeOne);
      return queue;
    },
  };
}
