/** Broadcast requests: created by an officer, decided once by a reviewer, then published. */
import type { BroadcastKind, BroadcastRequest, TargetSpec } from '../domain/broadcasts/request.js';
import type { Db } from './database.js';
import type { BroadcastRequestTable } from './schema.js';

type Row = Omit<BroadcastRequestTable, 'id'> & { id: number };

function toRequest(r: Row): BroadcastRequest {
  return {
    id: Number(r.id),
    kind: r.kind as BroadcastKind,
    texts: JSON.parse(r.texts),
    photoFileId: r.photo_file_id,
    target: JSON.parse(r.target) as TargetSpec,
    notBefore: r.not_before,
    authorId: Number(r.author_id),
    status: r.status as BroadcastRequest['status'],
    approverId: r.approver_id === null ? null : Number(r.approver_id),
    direct: r.direct === 1,
    recipients: r.recipients,
    broadcastIds: JSON.parse(r.broadcast_ids) as number[],
    createdAt: r.created_at,
  };
}

export interface NewRequest {
  kind: BroadcastKind;
  texts: BroadcastRequest['texts'];
  photoFileId: string | null;
  target: TargetSpec;
  notBefore: Date | null;
  authorId: number;
}

export async function createRequest(db: Db, r: NewRequest): Promise<BroadcastRequest> {
  const row = await db
    .insertInto('broadcast_requests')
    .values({
      kind: r.kind,
      texts: JSON.stringify(r.texts),
      photo_file_id: r.photoFileId,
      target: JSON.stringify(r.target),
      not_before: r.notBefore?.toISOString() ?? null,
      author_id: r.authorId,
      status: 'pending_review',
      approver_id: null,
      direct: 0,
      recipients: 0,
      broadcast_ids: '[]',
      reviewers_notified_at: null,
      reported_at: null,
      created_at: new Date().toISOString(),
      decided_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRequest(row as Row);
}

export async function getRequest(db: Db, id: number): Promise<BroadcastRequest | null> {
  const row = await db
    .selectFrom('broadcast_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRequest(row as Row) : null;
}

/** Decides a pending request once; false if someone decided it first. */
export async function decideRequest(
  db: Db,
  id: number,
  status: 'approved' | 'rejected',
  approverId: number,
  direct = false,
): Promise<boolean> {
  const result = await db
    .updateTable('broadcast_requests')
    .set({
      status,
      approver_id: approverId,
      direct: direct ? 1 : 0,
      decided_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending_review')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recordPublication(
  db: Db,
  id: number,
  broadcastIds: number[],
  recipients: number,
): Promise<void> {
  await db
    .updateTable('broadcast_requests')
    .set({ broadcast_ids: JSON.stringify(broadcastIds), recipients })
    .where('id', '=', id)
    .execute();
}

/** Pending requests whose reviewers have not been told yet, claimed so each is announced once. */
export async function claimUnannounced(db: Db): Promise<BroadcastRequest[]> {
  const rows = await db
    .selectFrom('broadcast_requests')
    .selectAll()
    .where('status', '=', 'pending_review')
    .where('reviewers_notified_at', 'is', null)
    .execute();
  const claimed: BroadcastRequest[] = [];
  for (const row of rows) {
    const result = await db
      .updateTable('broadcast_requests')
      .set({ reviewers_notified_at: new Date().toISOString() })
      .where('id', '=', row.id)
      .where('reviewers_notified_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) claimed.push(toRequest(row as Row));
  }
  return claimed;
}

/** The request a broadcast belongs to. */
export async function requestOfBroadcast(
  db: Db,
  broadcastId: number,
): Promise<BroadcastRequest | null> {
  const rows = await db
    .selectFrom('broadcast_requests')
    .selectAll()
    .where('status', '=', 'approved')
    .where('reported_at', 'is', null)
    .execute();
  const row = rows.find((r) => (JSON.parse(r.broadcast_ids) as number[]).includes(broadcastId));
  return row ? toRequest(row as Row) : null;
}

export async function markReported(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('broadcast_requests')
    .set({ reported_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('reported_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
