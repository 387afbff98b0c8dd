/**
 * Points (积分+警务). The ledger is append-only and every change goes through one transaction
 * that moves the balance with a conditional update: a redemption that would take the balance
 * below zero changes nothing, even when two are recorded at the same moment.
 */
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';

export interface LedgerEntry {
  delta: number;
  balanceAfter: number;
  reason: string;
  reportId: number | null;
  at: string;
}

export class InsufficientPointsError extends Error {
  override name = 'InsufficientPointsError';
  constructor(readonly balance: number) {
    super(`insufficient points: balance ${balance}`);
  }
}

async function change(
  db: Db,
  userId: number,
  delta: number,
  reason: string,
  actorId: number | null,
  reportId: number | null,
): Promise<number> {
  if (!Number.isSafeInteger(delta) || delta === 0)
    throw new Error('points must be a non-zero whole number');
  // Joins the caller's transaction (a triage workflow) when there is one.
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('point_balances')
      .values({ user_id: userId, balance: 0 })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    const updated = await trx
      .updateTable('point_balances')
      .set((eb) => ({ balance: eb('balance', '+', delta) }))
      .where('user_id', '=', userId)
      .where('balance', '>=', delta < 0 ? -delta : 0)
      .returning('balance')
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('point_balances')
        .select('balance')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      throw new InsufficientPointsError(current?.balance ?? 0);
    }
    // Points for an anonymous report are credited through its relay key: the ledger never
    // stores the reporter's id next to the report (the balance row carries no report).
    const relay =
      reportId === null
        ? undefined
        : await trx
            .selectFrom('reports')
            .select('relay_key')
            .where('id', '=', reportId)
            .where('anonymous', '=', 1)
            .executeTakeFirst();
    const relayKey = relay?.relay_key ?? null;
    await trx
      .insertInto('point_ledger')
      .values({
        user_id: relay ? null : userId,
        relay_key: relayKey,
        delta,
        balance_after: updated.balance,
        reason: reason.slice(0, 200),
        report_id: reportId,
        actor_id: actorId,
        at: new Date().toISOString(),
      })
      .execute();
    return updated.balance;
  });
}

export function awardPoints(
  db: Db,
  userId: number,
  points: number,
  reason: string,
  actorId: number,
  reportId: number | null = null,
): Promise<number> {
  if (points <= 0) throw new Error('an award must be positive');
  return change(db, userId, points, reason, actorId, reportId);
}

export function redeemPoints(
  db: Db,
  userId: number,
  points: number,
  item: string,
  actorId: number,
): Promise<number> {
  if (points <= 0) throw new Error('a redemption must be positive');
  return change(db, userId, -points, item, actorId, null);
}

export async function pointBalance(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('point_balances')
    .select('balance')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.balance ?? 0;
}

export async function pointHistory(db: Db, userId: number, limit = 10): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('point_ledger')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('user_id', '=', userId),
        eb(
          'relay_key',
          'in',
          eb.selectFrom('report_relays').select('relay_key').where('telegram_id', '=', userId),
        ),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    delta: r.delta,
    balanceAfter: r.balance_after,
    reason: r.reason,
    reportId: r.report_id === null ? null : Number(r.report_id),
    at: r.at,
  }));
}
