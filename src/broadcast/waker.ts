/**
 * A sleep that can be cut short. The delivery loop sleeps until the next token, the next ready
 * row or the next poll, and a finished send, `wake()` or `stop()` ends the sleep early. A kick
 * that comes while the loop is busy (not sleeping) is remembered, so no wake-up is lost.
 *
 * The timer is injected so tests step a virtual clock instead of sleeping.
 *
 * @example
 * const waker = new Waker();
 * await waker.wait(250); // 250 ms, or less if someone calls waker.kick()
 */
export class Waker {
  private wakeUp: (() => void) | undefined;
  private kicked = false;

  constructor(private readonly setTimer: SetTimer = realTimer) {}

  wait(ms: number): Promise<void> {
    if (this.kicked) {
      this.kicked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        cancel();
        this.wakeUp = undefined;
        resolve();
      };
      const cancel = this.setTimer(done, Math.max(0, ms));
      this.wakeUp = done;
    });
  }

  kick(): void {
    if (this.wakeUp) this.wakeUp();
    else this.kicked = true;
  }
}

/** Calls `fire` after `ms` milliseconds; the returned function cancels it (no-op once fired). */
export type SetTimer = (fire: () => void, ms: number) => () => void;

/** The process's own timers. */
export const realTimer: SetTimer = (fire, ms) => {
  const timer = setTimeout(fire, ms);
  return () => clearTimeout(timer);
};
