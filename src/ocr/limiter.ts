/**
 * At most `concurrency` OCR runs at once, and at most `queue` more waiting; anything beyond is
 * refused at once ("busy"), so a flood of photos cannot take both cores or pile up memory while
 * villagers wait for answers to text messages.
 */
import { OcrError } from './errors.js';

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Runs in progress and waiting, for tests and the bench. */
  readonly load: number;
}

export function createLimiter(concurrency: number, queue: number): Limiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    get load() {
      return running + waiting.length;
    },
    async run(task) {
      if (running >= concurrency) {
        if (waiting.length >= queue)
          throw new OcrError('busy', `${running} pictures are being read and ${queue} wait`);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
