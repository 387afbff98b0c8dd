/**
 * Waiting for a signal, not for time. `until` polls a condition and returns as soon as it holds;
 * the bound is a hang detector for a busy 2-core machine, never a speed limit.
 */

/** How long one step may take on a busy 2-core machine before a wait gives up and says why. */
export const STEP_TIMEOUT_MS = 15_000;

/**
 * Polls a condition that lives outside the emulator (a database row, a process, a queue) until
 * it holds. The interval only sets how soon the change is seen; the signal is the condition.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  // performance.now(), not Date: a test may have frozen or shifted Date.
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
