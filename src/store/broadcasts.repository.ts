/**
 * Broadcasts as the review flow and the bot see them: create, fill the outbox, approve or
 * cancel, and read the delivery report. Delivery itself (claiming and recording rows) lives
 * with the engine in `src/broadcast/outbox.ts`.
 */
import type { Broadcast, BroadcastDescription, BroadcastStatus } from '../broadcast/broadcast.js';
import { type DeliveryReport, toDeliveryReport } from '../broadcast/report.js';
import type { Db } from './database.js';
import type { BroadcastTable } from './schema.js';

/** Rows per INSERT: 5 parameters each stays far below SQLite's and PostgreSQL's limits. */
const INSERT_CHUNK = 500;

/**
 * What a new broadcast says: a description each sender renders its own way (what the workflows
 * store), or a literal text sent as it is, without markup (tests and benchmarks). No new row
 * carries Telegram HTML; only rows queued before 2026-12-11 do (`parse_mode` HTML).
 */
export type NewBroadcastContent = { description: BroadcastDescription } | { text: string };

export type NewBroadcast = NewBroadcastContent & {
  kind: string;
  photoFileId?: string | null;
  /** Higher goes first; see `BROADCAST_PRIORITY`. */
  priority: number;
  authorId: number | null;
  /** Not delivered before this moment (a scheduled tip); null or absent means now. */
  notBefore?: Date | null;
  /** `pending_review` unless the author may approve directly. */
  status?: Extract<BroadcastStatus, 'draft' | 'pending_review' | 'approved'>;
};

/** Creates a broadcast (awaiting review unless told otherwise) and returns its id. */
export async function createBroadcast(db: Db, b: NewBroadcast, now = new Date()): Promise<number> {
  const status = b.status ?? 'pending_review';
  const row = await db
    .insertInto('broadcasts')
    .values({
      kind: b.kind,
      text: 'description' in b ? '' : b.text,
      description: 'description' in b ? JSON.stringify(b.description) : null,
      photo_file_id: b.photoFileId ?? null,
      parse_mode: null,
      priority: b.priority,
      status,
      author_id: b.authorId,
      approver_id: null,
      not_before: b.notBefore ? b.notBefore.toISOString() : null,
      created_at: now.toISOString(),
      approved_at: status === 'approved' ? now.toISOString() : null,
      started_at: null,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Adds recipients to a broadcast's outbox and returns how many were new. Idempotent per
 * (broadcast, user), so a retried enqueue cannot make anyone receive the broadcast twice. All
 * chunks go in one transaction: the engine never sees half a list and declares the broadcast
 * done early. Enqueueing into a `done` broadcast reopens it (and `onFinished` fires again).
 */
export async function enqueueRecipients(
  db: Db,
  broadcastId: number,
  userIds: number[],
): Promise<number> {
  const unique = [...new Set(userIds)];
  return db.transaction().execute(async (trx) => {
    const broadcast = await trx
      .selectFrom('broadcasts')
      .select(['priority', 'status'])
      .where('id', '=', broadcastId)
      .executeTakeFirst();
    if (!broadcast)
      throw new Error(`Broadcast ${broadcastId} does not exist; create it with createBroadcast.`);
    let inserted = 0;
    for (let i = 0; i < unique.length; i += INSERT_CHUNK) {
      const rows = unique.slice(i, i + INSERT_CHUNK).map((userId) => ({
        broadcast_id: broadcastId,
        user_id: userId,
        priority: broadcast.priority,
        status: 'pending',
        attempts: 0,
      }));
      const result = await trx
        .insertInto('broadcast_recipients')
        .values(rows)
        .onConflict((oc) => oc.columns(['broadcast_id', 'user_id']).doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    if (inserted > 0 && broadcast.status === 'done')
      await trx
        .updateTable('broadcasts')
        .set({ status: 'sending', finished_at: null })
        .where('id', '=', broadcastId)
        .execute();
    return inserted;
  });
}

/** Review passed: the engine may deliver it. False when it was not awaiting review. */
export async function approveBroadcast(
  db: Db,
  id: number,
  approverId: number,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({ status: 'approved', approver_id: approverId, approved_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'pending_review'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Stops further delivery. Rows already handed to Telegram (at most one batch per worker) still
 * go out; the rest stay `pending` and show up as such in the report.
 */
export async function cancelBroadcast(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({ status: 'cancelled' })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'pending_review', 'approved', 'sending'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function getBroadcast(db: Db, id: number): Promise<Broadcast | null> {
  const row = await db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toBroadcast(row as Omit<BroadcastTable, 'id'> & { id: number }) : null;
}

/** Sent, blocked, failed and still open, with how long delivery took. */
export async function deliveryReport(db: Db, broadcastId: number): Promise<DeliveryReport> {
  const [broadcast, counts] = await Promise.all([
    db
      .selectFrom('broadcasts')
      .select(['started_at', 'finished_at'])
      .where('id', '=', broadcastId)
      .executeTakeFirst(),
    db
      .selectFrom('broadcast_recipients')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('broadcast_id', '=', broadcastId)
      .groupBy('status')
      .execute(),
  ]);
  if (!broadcast) throw new Error(`Broadcast ${broadcastId} does not exist.`);
  return toDeliveryReport(
    broadcastId,
    Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
    broadcast.started_at,
    broadcast.finished_at,
  );
}

function toBroadcast(row: Omit<BroadcastTable, 'id'> & { id: number }): Broadcast {
  return {
    id: Number(row.id),
    kind: row.kind,
    description: row.description ? (JSON.parse(row.description) as BroadcastDescription) : null,
    text: row.text,
    photoFileId: row.photo_file_id,
    parseMode: row.parse_mode === 'HTML' ? 'HTML' : null,
    priority: row.priority,
    status: row.status as BroadcastStatus,
    authorId: row.author_id,
    approverId: row.approver_id,
    notBefore: row.not_before,
    createdAt: row.created_at,
    approvedAt: row.approved_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
