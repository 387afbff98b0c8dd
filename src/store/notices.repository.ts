/**
 * The notices outbox. Functions take `db | trx` and never open a transaction: a workflow enqueues
 * inside its own, and the delivery loop marks a notice sent in the same transaction as whatever
 * the channel records (a card's message id), so a retry can never deliver it twice from here.
 *
 * A claim is a lease: `claimed_until` in the future means a worker holds the row. A worker that
 * dies simply lets the lease run out, and the row is due again.
 */
import type { NewNotice, Notice, NoticeChannel, NoticeStatus } from '../domain/notices/notice.js';
import type { Db, Engine } from './database.js';
import type { NoticeTable } from './schema.js';

type Row = Omit<NoticeTable, 'id'> & { id: number };

function toNotice(row: Row): Notice {
  return {
    id: Number(row.id),
    idempotencyKey: row.idempotency_key,
    channel: row.channel as NoticeChannel,
    recipient: row.recipient,
    kind: row.kind as Notice['kind'],
    payload: JSON.parse(row.payload),
    priority: Number(row.priority),
    reportId: row.report_id === null ? null : Number(row.report_id),
    attempts: Number(row.attempts),
    status: row.status as NoticeStatus,
  };
}

/**
 * The start of an `INSERT … SELECT` into the outbox, for audiences enqueued inside the database
 * (a segment of residents at once): the caller adds `.expression(select)` with these columns.
 */
export function insertNoticeRows(db: Db) {
  return db
    .insertInto('notices')
    .columns([
      'idempotency_key',
      'channel',
      'recipient',
      'kind',
      'payload',
      'priority',
      'status',
      'attempts',
      'next_attempt_at',
      'created_at',
      'updated_at',
    ]);
}

/** Adds notices; a key already stored is skipped. Returns how many were new. */
export async function enqueueNotices(db: Db, notices: NewNotice[], now: Date): Promise<number> {
  if (!notices.length) return 0;
  const at = now.toISOString();
  const result = await db
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        idempotency_key: n.idempotencyKey,
        channel: n.channel,
        recipient: n.recipient,
        kind: n.kind,
        payload: JSON.stringify(n.payload),
        priority: n.priority,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        claimed_until: null,
        claimed_by: null,
        last_error: null,
        report_id: n.reportId ?? null,
        created_at: at,
        updated_at: at,
        sent_at: null,
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface ClaimOptions {
  engine: Engine;
  /** Unique per claim, so a worker recognises its own rows. */
  token: string;
  now: Date;
  leaseMs: number;
  limit: number;
  /** Only notices for channels this process can deliver. */
  channels?: NoticeChannel[];
}

/**
 * Leases up to `limit` due notices, highest priority first. On PostgreSQL the candidates are
 * locked `FOR UPDATE SKIP LOCKED`, so replicas take disjoint rows; SQLite has one writer.
 */
export async function claimDueNotices(db: Db, o: ClaimOptions): Promise<Notice[]> {
  const at = o.now.toISOString();
  let due = db
    .selectFrom('notices')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
    .orderBy('priority', 'desc')
    .orderBy('id')
    .limit(o.limit);
  if (o.channels) due = due.where('channel', 'in', o.channels.length ? o.channels : ['']);
  if (o.engine === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('notices')
    .set({
      claimed_by: o.token,
      claimed_until: new Date(o.now.getTime() + o.leaseMs).toISOString(),
      updated_at: at,
    })
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.map((r) => toNotice(r as Row)).sort((a, b) => b.priority - a.priority || a.id - b.id);
}

/** Marks a claimed notice sent; false when the lease was lost and another worker has it. */
export async function markNoticeSent(db: Db, id: number, token: string, now: Date) {
  const result = await db
    .updateTable('notices')
    .set({
      status: 'sent',
      sent_at: now.toISOString(),
      updated_at: now.toISOString(),
      attempts: (eb) => eb('attempts', '+', 1),
      claimed_until: null,
      last_error: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a claimed notice back for a later try; `counts` is false for a 429 (not the notice's fault). */
export async function retryNoticeLater(
  db: Db,
  id: number,
  token: string,
  change: { at: Date; error: string; counts: boolean; now: Date },
): Promise<void> {
  await db
    .updateTable('notices')
    .set({
      next_attempt_at: change.at.toISOString(),
      last_error: change.error.slice(0, 500),
      updated_at: change.now.toISOString(),
      claimed_until: null,
      claimed_by: null,
      attempts: (eb) => eb('attempts', '+', change.counts ? 1 : 0),
    })
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'pending')
    .execute();
}

/** Ends a notice that will never be delivered: `blocked` (recipient gone) or `failed`. */
export async function finishNotice(
  db: Db,
  id: number,
  token: string,
  change: { status: 'failed' | 'blocked'; error: string; now: Date },
): Promise<void> {
  await db
    .updateTable('notices')
    .set({
      status: change.status,
      last_error: change.error.slice(0, 500),
      updated_at: change.now.toISOString(),
      attempts: (eb) => eb('attempts', '+', 1),
      claimed_until: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'pending')
    .execute();
}

/** The notices a report caused, oldest first: for tests, the CLI and support. */
export async function noticesOfReport(db: Db, reportId: number) {
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...toNotice(r as Row), sentAt: r.sent_at }));
}
