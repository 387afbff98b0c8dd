/**
 * A sleep that can be cut short. The delivery loop sleeps until the next token, the next ready
 * row or the next poll, and a finished send, `wake()` or `stop()` ends the sleep early. A kick
 * that comes while the loop is busy (not sleeping) is remembered, so no wake-up is lost.
 */
export class Waker {
  private wakeUp: (() => void) | undefined;
  private kicked = false;

  wait(ms: number): Promise<void> {
    if (this.kicked) {
      this.kicked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wakeUp = done;
    });
  }

  kick(): void {
    if (this.wakeUp) this.wakeUp();
    else this.kicked = true;
  }
}
