/**
 * The rows this worker has claimed and not yet finished, in delivery order (priority, then
 * claim order). A row waits here while its chat is still inside its one-second spacing or its
 * retry backoff; `take` returns the first row that may go now, else when the next one may.
 */
import type { ClaimedRow } from './outbox.js';

export interface QueuedRow extends ClaimedRow {
  /** Epoch ms before which this row must not be sent (retry backoff, 429 pause). */
  readyAt: number;
  seq: number;
}

export type Take = { row: QueuedRow } | { row: undefined; nextAt: number | undefined };

export class OutboxQueue {
  private rows: QueuedRow[] = [];
  private seq = 0;
  private readonly perBroadcast = new Map<number, number>();

  get size(): number {
    return this.rows.length;
  }

  add(rows: ClaimedRow[], readyAt = 0): void {
    for (const row of rows) this.put({ ...row, readyAt, seq: this.seq++ });
  }

  /** Puts back a row that could not go yet, keeping its place among rows of its priority. */
  requeue(row: QueuedRow, readyAt: number): void {
    this.put({ ...row, readyAt });
  }

  take(now: number, chatReadyAt: (chatId: number) => number): Take {
    let nextAt: number | undefined;
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as QueuedRow;
      const at = Math.max(row.readyAt, chatReadyAt(row.userId));
      if (at <= now) {
        this.rows.splice(i, 1);
        this.count(row.broadcastId, -1);
        return { row };
      }
      if (nextAt === undefined || at < nextAt) nextAt = at;
    }
    return { row: undefined, nextAt };
  }

  /** Removes and returns the rows matching `predicate` (cancelled broadcasts, lost claims). */
  remove(predicate: (row: QueuedRow) => boolean): QueuedRow[] {
    const removed = this.rows.filter(predicate);
    if (removed.length === 0) return removed;
    this.rows = this.rows.filter((row) => !predicate(row));
    for (const row of removed) this.count(row.broadcastId, -1);
    return removed;
  }

  hasBroadcast(broadcastId: number): boolean {
    return (this.perBroadcast.get(broadcastId) ?? 0) > 0;
  }

  private put(row: QueuedRow): void {
    // Binary search for the slot after every row that goes before this one.
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.rows[mid] as QueuedRow;
      if (other.priority > row.priority || (other.priority === row.priority && other.seq < row.seq))
        lo = mid + 1;
      else hi = mid;
    }
    this.rows.splice(lo, 0, row);
    this.count(row.broadcastId, 1);
  }

  private count(broadcastId: number, delta: number): void {
    const n = (this.perBroadcast.get(broadcastId) ?? 0) + delta;
    if (n > 0) this.perBroadcast.set(broadcastId, n);
    else this.perBroadcast.delete(broadcastId);
  }
}
