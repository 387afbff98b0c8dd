/**
 * The engine's side of the outbox table: claim a batch, record results, keep or give back
 * claims. It sits beside the engine rather than in `src/store/` because these statements are
 * the exactly-once protocol itself (see README.md); nothing else should call them.
 *
 * Every write is batched: one statement claims a batch, one statement records up to
 * `WRITE_CHUNK` results. That is what lets one worker keep up with 1000 messages a second.
 */
import { sql } from 'kysely';
import type { Db, Engine } from '../store/database.js';

/** Rows per results statement (one JSON parameter; bounds how long one write takes). */
const WRITE_CHUNK = 500;

export interface ActiveBroadcast {
  id: number;
  status: string;
  stored: StoredMessage;
}

/**
 * A broadcast's message as its row holds it: `description` (JSON) for a broadcast queued since
 * 2026-12-11, rendered by the sender's channel; otherwise `text` as Telegram received it before
 * (HTML when `parseMode` says so). See `./outbox-messages.ts`.
 */
export interface StoredMessage {
  description: string | null;
  text: string;
  photoFileId: string | null;
  parseMode: 'HTML' | null;
}

export interface ClaimedRow {
  broadcastId: number;
  userId: number;
  priority: number;
  attempts: number;
}

/** A row's new state: final (`sent`/`blocked`/`failed`) or given back (`pending`). */
export interface RowUpdate {
  broadcastId: number;
  userId: number;
  status: 'pending' | 'sent' | 'blocked' | 'failed';
  attempts: number;
  sentAt: string | null;
  messageId: number | null;
  error: string | null;
}

/** Broadcasts that may be delivered now: approved or sending, `not_before` passed. */
export async function activeBroadcasts(db: Db, nowIso: string): Promise<ActiveBroadcast[]> {
  const rows = await db
    .selectFrom('broadcasts')
    .select(['id', 'status', 'description', 'text', 'photo_file_id', 'parse_mode'])
    .where('status', 'in', ['approved', 'sending'])
    .where((eb) => eb.or([eb('not_before', 'is', null), eb('not_before', '<=', nowIso)]))
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    status: r.status,
    stored: {
      description: r.description,
      text: r.text,
      photoFileId: r.photo_file_id,
      parseMode: r.parse_mode === 'HTML' ? 'HTML' : null,
    },
  }));
}

/**
 * Marks up to `limit` pending rows of these broadcasts as claimed by this worker, highest
 * priority first, in one statement. On PostgreSQL `FOR UPDATE SKIP LOCKED` makes concurrent
 * replicas take disjoint rows without waiting for each other; SQLite has a single writer.
 */
export async function claimRows(
  db: Db,
  engine: Engine,
  c: { broadcastIds: number[]; limit: number; workerId: string; token: string; nowIso: string },
): Promise<ClaimedRow[]> {
  if (c.broadcastIds.length === 0 || c.limit <= 0) return [];
  const rows = await db
    .updateTable('broadcast_recipients')
    .set({ status: 'claimed', claimed_by: c.workerId, claim_token: c.token, claimed_at: c.nowIso })
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('broadcast_id', 'user_id'),
        'in',
        selectFrom('broadcast_recipients')
          .select(['broadcast_id', 'user_id'])
          .where('status', '=', 'pending')
          // `+ 0`: SQLite walks the claim index in delivery order and filters, rather than
          // sorting every pending row of these broadcasts (16 ms at 50,000, every claim).
          .where(sql<number>`broadcast_id + 0`, 'in', c.broadcastIds)
          .orderBy('priority', 'desc')
          .orderBy('broadcast_id')
          .orderBy('user_id')
          .limit(c.limit)
          .$if(engine === 'postgres', (q) => q.forUpdate().skipLocked())
          .$asTuple('broadcast_id', 'user_id'),
      ),
    )
    .returning(['broadcast_id', 'user_id', 'priority', 'attempts'])
    .execute();
  return rows
    .map((r) => ({
      broadcastId: Number(r.broadcast_id),
      userId: Number(r.user_id),
      priority: r.priority,
      attempts: r.attempts,
    }))
    .sort(
      (a, b) => b.priority - a.priority || a.broadcastId - b.broadcastId || a.userId - b.userId,
    );
}

/** First claim of an approved broadcast: it is now sending, and its clock starts. */
export async function markStarted(db: Db, ids: number[], nowIso: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('broadcasts')
    .set((eb) => ({ status: 'sending', started_at: eb.fn.coalesce('started_at', eb.val(nowIso)) }))
    .where('id', 'in', ids)
    .where('status', '=', 'approved')
    .execute();
}

/**
 * Writes a batch of row updates, up to `WRITE_CHUNK` per statement. A final result is written
 * whoever holds the claim now (we did send it; recording that prevents a re-send). A release
 * (`pending`) applies only to rows still claimed with our token, so it can never hand back a
 * row another worker has taken over.
 */
export async function writeRows(
  db: Db,
  engine: Engine,
  rows: RowUpdate[],
  token: string,
): Promise<void> {
  const finals = rows.filter((r) => r.status !== 'pending');
  const releases = rows.filter((r) => r.status === 'pending');
  const chunks: Array<{ rows: RowUpdate[]; release: boolean }> = [];
  for (const [list, release] of [
    [finals, false],
    [releases, true],
  ] as const)
    for (let i = 0; i < list.length; i += WRITE_CHUNK)
      chunks.push({ rows: list.slice(i, i + WRITE_CHUNK), release });
  if (chunks.length === 1 && chunks[0] && engine === 'sqlite')
    return writeChunk(db, engine, chunks[0].rows, chunks[0].release, token);
  await db.transaction().execute(async (trx) => {
    if (engine === 'postgres') await lockInKeyOrder(trx, rows);
    for (const chunk of chunks) await writeChunk(trx, engine, chunk.rows, chunk.release, token);
  });
}

/**
 * PostgreSQL: locks the rows about to be written by (broadcast, user), the order in which
 * `renewClaims` locks them too. Results arrive in completion order and are written in two
 * statements (finals, then releases); locked in that order, a heartbeat renewing the same rows
 * at the same moment could hold one the writer needs while waiting for one the writer holds.
 */
async function lockInKeyOrder(trx: Db, rows: RowUpdate[]): Promise<void> {
  const json = JSON.stringify(rows.map((r) => [r.broadcastId, r.userId]));
  await sql`select 1 from broadcast_recipients
    where (broadcast_id, user_id) in (
      select cast(value ->> 0 as bigint), cast(value ->> 1 as bigint)
      from json_array_elements(cast(${json} as json)) as j (value))
    order by broadcast_id, user_id for update`.execute(trx);
}

/**
 * One statement whose text never changes: the rows travel as one JSON parameter. With a
 * `VALUES` list of one placeholder group per row, every batch size was a new statement text,
 * and SQLite kept each one prepared (up to 300, a few hundred KB apiece for the larger ones):
 * that cache alone grew the sender by tens of MB over a 100,000-recipient broadcast.
 */
async function writeChunk(
  db: Db,
  engine: Engine,
  rows: RowUpdate[],
  release: boolean,
  token: string,
) {
  const json = JSON.stringify(
    rows.map((r) => [
      r.broadcastId,
      r.userId,
      r.status,
      r.attempts,
      r.sentAt,
      r.messageId,
      r.error,
    ]),
  );
  const from =
    engine === 'postgres'
      ? sql`json_array_elements(cast(${json} as json)) as j (value)`
      : sql`json_each(${json})`;
  const guard = release
    ? sql`broadcast_recipients.status || '' = 'claimed' and broadcast_recipients.claim_token = ${token}`
    : // `|| ''` keeps SQLite on the primary key for each row: on the status index it would scan
      // every open row of the outbox for each write (the event loop then stalls for tens of
      // ms, and sends counted by the pacer reach Telegram late and bunched).
      sql`broadcast_recipients.status || '' in ('pending', 'claimed')`;
  await sql`with v (broadcast_id, user_id, status, attempts, sent_at, message_id, error) as (
      select cast(value ->> 0 as bigint), cast(value ->> 1 as bigint), value ->> 2,
        cast(value ->> 3 as integer), value ->> 4, cast(value ->> 5 as bigint), value ->> 6
      from ${from})
    update broadcast_recipients set status = v.status, attempts = v.attempts, sent_at = v.sent_at,
      message_id = v.message_id, error = v.error, claimed_by = null, claim_token = null, claimed_at = null
    from v where broadcast_recipients.broadcast_id = v.broadcast_id
      and broadcast_recipients.user_id = v.user_id and ${guard}`.execute(db);
}

/**
 * Heartbeat: refreshes the lease on every row we hold and returns the keys still ours. A row
 * missing from the answer was taken over after our lease lapsed (a long stall); the caller
 * must drop it rather than send it a second time.
 */
export async function renewClaims(
  db: Db,
  engine: Engine,
  token: string,
  nowIso: string,
): Promise<Set<string>> {
  const rows =
    engine === 'postgres'
      ? // Lock in key order first (a CTE runs once), the order the result writer locks in too.
        await db
          .with('mine', (q) =>
            q
              .selectFrom('broadcast_recipients')
              .select(['broadcast_id', 'user_id'])
              .where('status', '=', 'claimed')
              .where('claim_token', '=', token)
              .orderBy('broadcast_id')
              .orderBy('user_id')
              .forUpdate(),
          )
          .updateTable('broadcast_recipients')
          .from('mine')
          .set({ claimed_at: nowIso })
          .whereRef('broadcast_recipients.broadcast_id', '=', 'mine.broadcast_id')
          .whereRef('broadcast_recipients.user_id', '=', 'mine.user_id')
          .returning(['broadcast_recipients.broadcast_id', 'broadcast_recipients.user_id'])
          .execute()
      : await db
          .updateTable('broadcast_recipients')
          .set({ claimed_at: nowIso })
          .where('status', '=', 'claimed')
          .where('claim_token', '=', token)
          .returning(['broadcast_id', 'user_id'])
          .execute();
  return new Set(rows.map((r) => rowKey(Number(r.broadcast_id), Number(r.user_id))));
}

/**
 * Puts back to `pending` the claims of workers that stopped renewing them (crashed), or, with
 * `workerId`, those of this worker's previous run: a restarted replica that keeps its id need
 * not wait for the lease. Rows whose send had returned but was not yet written are re-sent:
 * delivery is at-least-once for that small window (see README.md).
 */
export async function releaseStaleClaims(
  db: Db,
  by: { olderThanIso: string } | { workerId: string },
): Promise<number> {
  const result = await db
    .updateTable('broadcast_recipients')
    .set({ status: 'pending', claimed_by: null, claim_token: null, claimed_at: null })
    .where('status', '=', 'claimed')
    .$if('olderThanIso' in by, (q) =>
      q.where('claimed_at', '<', (by as { olderThanIso: string }).olderThanIso),
    )
    .$if('workerId' in by, (q) => q.where('claimed_by', '=', (by as { workerId: string }).workerId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Rows of these broadcasts not yet final, whoever holds them. */
export async function countOpen(db: Db, broadcastIds: number[]): Promise<number> {
  if (broadcastIds.length === 0) return 0;
  const row = await db
    .selectFrom('broadcast_recipients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('broadcast_id', 'in', broadcastIds)
    .where('status', 'in', ['pending', 'claimed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks a sending broadcast done if none of its rows is open. Exactly one caller wins, even
 * with several replicas finishing at once, and only the winner tells the author.
 */
export async function finishIfComplete(db: Db, id: number, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({ status: 'done', finished_at: nowIso })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('broadcast_recipients')
            .select('user_id')
            .where('broadcast_id', '=', id)
            .where('status', 'in', ['pending', 'claimed']),
        ),
      ),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function rowKey(broadcastId: number, userId: number): string {
  return `${broadcastId}:${userId}`;
}
