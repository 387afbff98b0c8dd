/**
 * What happens once results are durable: the bot hears who has left (`onInactive`), and a
 * broadcast with no open rows is marked done and reported to its author (`onFinished`) by
 * exactly one replica. Callbacks run only after the write, so they never announce something
 * a crash could still undo.
 */
import { deliveryReport } from '../store/broadcasts.repository.js';
import type { Db } from '../store/database.js';
import type { DeliveryEngineOptions, EngineLogger } from './engine-options.js';
import { activeBroadcasts, countOpen, finishIfComplete, type RowUpdate } from './outbox.js';

export class Completion {
  constructor(
    private readonly db: Db,
    private readonly callbacks: Pick<DeliveryEngineOptions, 'onInactive' | 'onFinished'>,
    private readonly log: EngineLogger,
    private readonly now: () => number,
    /** Whether this worker still holds rows of the broadcast (queued or in flight). */
    private readonly holds: (broadcastId: number) => boolean,
  ) {}

  /** Runs after each batch of results is written. */
  async afterWrite(rows: RowUpdate[]): Promise<void> {
    const { onInactive } = this.callbacks;
    for (const row of rows) {
      if (row.status !== 'blocked' || !onInactive) continue;
      try {
        await onInactive(row.userId);
      } catch (error) {
        this.log.error(`broadcast: onInactive(${row.userId}) failed`, { error });
      }
    }
    const touched = new Set(rows.filter((r) => r.status !== 'pending').map((r) => r.broadcastId));
    for (const id of touched) if (!this.holds(id)) await this.finish(id);
  }

  /**
   * When this worker holds nothing: finishes broadcasts whose last rows another worker (or a
   * crashed run) wrote, and says whether anything deliverable now is still open anywhere.
   */
  async sweep(): Promise<{ open: number }> {
    const active = await activeBroadcasts(this.db, new Date(this.now()).toISOString());
    for (const b of active) if (b.status === 'sending') await this.finish(b.id);
    const ids = active.map((b) => b.id);
    return { open: await countOpen(this.db, ids) };
  }

  private async finish(id: number): Promise<void> {
    if (!(await finishIfComplete(this.db, id, new Date(this.now()).toISOString()))) return;
    const report = await deliveryReport(this.db, id);
    this.log.info('broadcast: delivered', report);
    try {
      await this.callbacks.onFinished?.(report);
    } catch (error) {
      this.log.error(`broadcast: onFinished(${id}) failed`, { error });
    }
  }
}
