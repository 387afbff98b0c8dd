/**
 * Writes send results to the outbox as soon as they come back, in batches. There is one write
 * at a time: results that arrive while it runs are written together by the next one. At 25
 * messages a second that is one small write per message, right after its send; at 1000 a
 * second the writes group themselves. Either way the window in which a message has reached
 * Telegram but not the database (the only rows a crash can send twice) stays a few
 * milliseconds wide, without one transaction per message.
 */
import type { RowUpdate } from './outbox.js';

export interface WriterLogger {
  error(...a: unknown[]): void;
}

export class ResultWriter {
  private buffer: RowUpdate[] = [];
  private writing = 0;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly write: (rows: RowUpdate[]) => Promise<void>,
    /** Runs after each successful write (callbacks, finishing broadcasts); errors are logged. */
    private readonly afterWrite: (rows: RowUpdate[]) => Promise<void>,
    private readonly logger: WriterLogger,
    private readonly retryDelayMs = 1_000,
  ) {}

  /** Results sent but not yet durable. */
  get backlog(): number {
    return this.buffer.length + this.writing;
  }

  push(row: RowUpdate): void {
    this.buffer.push(row);
    this.running ??= this.run();
  }

  /** Resolves once everything pushed so far is written (or, after `close`, given up on). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Final flush on shutdown: a failing database gets a few tries, then the rows are left
   * claimed and the lease hands them to the next worker (at-least-once, as after a crash).
   */
  async close(): Promise<void> {
    this.closed = true;
    this.running ??= this.buffer.length ? this.run() : undefined;
    await this.flush();
  }

  private async run(): Promise<void> {
    // Let results that completed in the same turn of the event loop share this write.
    await new Promise((resolve) => setImmediate(resolve));
    let failures = 0;
    try {
      while (this.buffer.length > 0) {
        const rows = this.buffer;
        this.buffer = [];
        this.writing = rows.length;
        try {
          await this.write(rows);
          failures = 0;
        } catch (error) {
          this.buffer = [...rows, ...this.buffer];
          failures++;
          this.logger.error('broadcast: writing delivery results failed; will retry', { error });
          if (this.closed && failures >= 3) {
            this.logger.error(`broadcast: giving up on ${this.buffer.length} results at shutdown`);
            this.buffer = [];
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
          continue;
        } finally {
          this.writing = 0;
        }
        try {
          await this.afterWrite(rows);
        } catch (error) {
          this.logger.error('broadcast: after-write step failed', { error });
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
