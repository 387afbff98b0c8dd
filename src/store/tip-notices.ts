/**
 * What the scheduled tips' audiences share (`web-tips.repository.ts`, `wechat-tips.repository.ts`):
 * the segment and run shapes, the person's quiet hours (alias `ps`, no row: the defaults), and the
 * columns of a `tip` notice row for an INSERT … SELECT into the notices outbox.
 */
import { type RawBuilder, sql } from 'kysely';
import { DEFAULT_SUBSCRIPTION } from '../domain/awareness/subscription.js';

export type TipLibrary = 'antifraud' | 'legal';

export interface TipSegment {
  quietStart: string;
  quietEnd: string;
  /** The addresses' next item in the library. */
  cursor: number;
  count: number;
}

export interface TipRun {
  library: TipLibrary;
  /** Names the run and channel: each notice is keyed `<run key>:<address>`, so a rerun adds nothing. */
  runKey: string;
  itemId: string;
  priority: number;
  deliverAt: Date;
  now: Date;
}

/** The person's quiet hours, from their settings row aliased `ps` (none: the defaults). */
export const quietStartOf = sql<string>`coalesce(ps.quiet_start, ${sql.lit(DEFAULT_SUBSCRIPTION.quietStart)})`;
export const quietEndOf = sql<string>`coalesce(ps.quiet_end, ${sql.lit(DEFAULT_SUBSCRIPTION.quietEnd)})`;

/** The address's place in the library, from its cursor row aliased `cursors` (none: item 0). */
export const cursorOf = (cursors: string, library: TipLibrary) =>
  sql<number>`coalesce(${sql.ref(`${cursors}.${library}_cursor`)}, 0)`;

/** The person (settings row `ps`) takes the topic: no row, or the topic on. */
export const takesTopic = (library: TipLibrary) =>
  sql<boolean>`(${sql.ref(`ps.${library}`)} is null or ${sql.ref(`ps.${library}`)} = 1)`;

export function checkTipRun(run: TipRun, segment: Pick<TipSegment, 'cursor'>): void {
  if (!Number.isSafeInteger(run.priority) || !Number.isSafeInteger(segment.cursor))
    throw new Error(
      `Priority and cursor must be integers, got ${run.priority}, ${segment.cursor}.`,
    );
}

/**
 * The columns of one `tip` notice to `address` on `channel`. Literals, not parameters:
 * PostgreSQL cannot infer a parameter's type in a select list.
 */
export function tipNoticeColumns(run: TipRun, channel: string, address: RawBuilder<string>) {
  const payload = JSON.stringify({ topic: run.library, itemId: run.itemId });
  return [
    sql<string>`${sql.lit(`${run.runKey}:`)} || ${address}`.as('idempotency_key'),
    sql.lit(channel).as('channel'),
    address.as('recipient'),
    sql.lit('tip').as('kind'),
    sql.lit(payload).as('payload'),
    sql.lit(run.priority).as('priority'),
    sql.lit('pending').as('status'),
    sql.lit(0).as('attempts'),
    sql.lit(run.deliverAt.toISOString()).as('next_attempt_at'),
    sql.lit(run.now.toISOString()).as('created_at'),
    sql.lit(run.now.toISOString()).as('updated_at'),
  ] as const;
}
