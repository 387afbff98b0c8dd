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
  personId: number,
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
      .values({ person_id: personId, balance: 0 })
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
    const updated = await trx
      .updateTable('point_balances')
      .set((eb) => ({ balance: eb('balance', '+', delta) }))
      .where('person_id', '=', personId)
      .where('balance', '>=', delta < 0 ? -delta : 0)
      .returning('balance')
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('point_balances')
        .select('balance')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      throw new InsufficientPointsError(current?.balance ?? 0);
    }
    // Points for an anonymous report are credited through its relay key: the ledger never
    // stores the reporter's id next to the report (the balance row carries no report). An
    // anonymous report with no relay (an older web report) is credited to the person with neither
    // the report nor its reference on the row.
    const anonymous =
      reportId === null
        ? undefined
        : await trx
            .selectFrom('reports')
            .select(['relay_key', 'reference'])
            .where('id', '=', reportId)
            .where('anonymous', '=', 1)
            .executeTakeFirst();
    const relayKey = anonymous?.relay_key ?? null;
    const unlinked = anonymous !== undefined && relayKey === null;
    await trx
      .insertInto('point_ledger')
      .values({
        user_id: null,
        person_id: relayKey ? null : personId,
        relay_key: relayKey,
        delta,
        balance_after: updated.balance,
        reason: (unlinked ? reason.replaceAll(anonymous.reference, '').trim() : reason).slice(
          0,
          200,
        ),
        report_id: unlinked ? null : reportId,
        actor_id: actorId,
        at: new Date().toISOString(),
      })
      .execute();
    return updated.balance;
  });
}

export function awardPoints(
  db: Db,
  personId: number,
  points: number,
  reason: string,
  actorId: number,
  reportId: number | null = null,
): Promise<number> {
  if (points <= 0) throw new Error('an award must be positive');
  return change(db, personId, points, reason, actorId, reportId);
}

export function redeemPoints(
  db: Db,
  personId: number,
  points: number,
  item: string,
  actorId: number,
): Promise<number> {
  if (points <= 0) throw new Error('a redemption must be positive');
  return change(db, personId, -points, item, actorId, null);
}

export async function pointBalance(db: Db, personId: number): Promise<number> {
  const row = await db
    .selectFrom('point_balances')
    .select('balance')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.balance ?? 0;
}

export async function pointHistory(db: Db, personId: number, limit = 10): Promise<LedgerEntry[]> {
  const rows = await db
    .selectFrom('point_ledger')
    .selectAll()
    .where((eb) =>
      eb.or([
        // Rows of the person and of anyone merged into them.
        eb(
          'person_id',
          'in',
          eb
            .selectFrom('people')
            .select('id')
            .where((p) => p.or([p('id', '=', personId), p('merged_into', '=', personId)])),
        ),
        // Rows credited through the relays of their anonymous reports.
        eb(
          'relay_key',
          'in',
          eb
            .selectFrom('report_relays as r')
            .select('r.relay_key')
            .where(
              'r.person_id',
              'in',
              eb
                .selectFrom('people')
                .select('id')
                .where((p) => p.or([p('id', '=', personId), p('merged_into', '=', personId)])),
            ),
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
