/**
 * Subscriptions and audiences. A villager without a row has the defaults (everything on), so
 * onboarding needs no extra write; a row appears the first time they change a setting.
 */
import {
  DEFAULT_SUBSCRIPTION,
  type Subscription,
  type Topic,
} from '../domain/awareness/subscription.js';
import type { Db } from './database.js';

const DEFAULT_ROW = {
  antifraud: 1,
  legal: 1,
  traffic: 1,
  urgent: 1,
  quiet_start: DEFAULT_SUBSCRIPTION.quietStart,
  quiet_end: DEFAULT_SUBSCRIPTION.quietEnd,
};

export async function getSubscription(db: Db, userId: number): Promise<Subscription> {
  const row = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return structuredClone(DEFAULT_SUBSCRIPTION);
  return {
    topics: {
      antifraud: row.antifraud === 1,
      legal: row.legal === 1,
      traffic: row.traffic === 1,
      urgent: row.urgent === 1,
    },
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
  };
}

export async function saveSubscription(db: Db, userId: number, sub: Subscription): Promise<void> {
  const values = {
    antifraud: sub.topics.antifraud ? 1 : 0,
    legal: sub.topics.legal ? 1 : 0,
    traffic: sub.topics.traffic ? 1 : 0,
    urgent: sub.topics.urgent ? 1 : 0,
    quiet_start: sub.quietStart,
    quiet_end: sub.quietEnd,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('subscriptions')
    .values({ user_id: userId, antifraud_cursor: 0, legal_cursor: 0, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export interface Target {
  all?: boolean;
  townships?: string[];
  villages?: string[];
  /** An officer's scope limits "everyone" to their station or township. */
  stationCode?: string;
  townshipCode?: string;
}

export interface Recipient {
  userId: number;
  language: string | null;
  quietStart: string;
  quietEnd: string;
  antifraudCursor: number;
  legalCursor: number;
}

/** Active villagers in the target who take this topic (no row = everything on). */
export async function audience(
  db: Db,
  topic: Topic | 'notice',
  target: Target,
): Promise<Recipient[]> {
  let q = db
    .selectFrom('users')
    .innerJoin('villages', 'villages.code', 'users.village_code')
    .innerJoin('townships', 'townships.code', 'villages.township_code')
    .leftJoin('subscriptions', 'subscriptions.user_id', 'users.telegram_id')
    .select([
      'users.telegram_id as userId',
      'users.language',
      'subscriptions.quiet_start',
      'subscriptions.quiet_end',
      'subscriptions.antifraud_cursor',
      'subscriptions.legal_cursor',
    ])
    .where('users.active', '=', 1);
  if (topic !== 'notice')
    q = q.where((eb) =>
      eb.or([eb(`subscriptions.${topic}`, 'is', null), eb(`subscriptions.${topic}`, '=', 1)]),
    );
  if (target.stationCode) q = q.where('townships.station_code', '=', target.stationCode);
  if (target.townshipCode) q = q.where('townships.code', '=', target.townshipCode);
  if (!target.all) {
    const townships = target.townships ?? [];
    const villages = target.villages ?? [];
    if (townships.length === 0 && villages.length === 0) return [];
    q = q.where((eb) =>
      eb.or([
        ...(townships.length ? [eb('townships.code', 'in', townships)] : []),
        ...(villages.length ? [eb('villages.code', 'in', villages)] : []),
      ]),
    );
  }
  const rows = await q.orderBy('users.telegram_id').execute();
  return rows.map((r) => ({
    userId: Number(r.userId),
    language: r.language,
    quietStart: r.quiet_start ?? '21:00',
    quietEnd: r.quiet_end ?? '07:30',
    antifraudCursor: r.antifraud_cursor ?? 0,
    legalCursor: r.legal_cursor ?? 0,
  }));
}

/** Moves the given users one item on in a topic's library. */
export async function advanceCursors(
  db: Db,
  topic: 'antifraud' | 'legal',
  userIds: number[],
): Promise<void> {
  const column = topic === 'antifraud' ? 'antifraud_cursor' : 'legal_cursor';
  const now = new Date().toISOString();
  for (let i = 0; i < userIds.length; i += 500) {
    const chunk = userIds.slice(i, i + 500);
    await db
      .insertInto('subscriptions')
      .values(
        chunk.map((id) => ({
          user_id: id,
          ...DEFAULT_ROW,
          antifraud_cursor: topic === 'antifraud' ? 1 : 0,
          legal_cursor: topic === 'legal' ? 1 : 0,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({
          [column]: eb(`subscriptions.${column}`, '+', 1),
          updated_at: now,
        })),
      )
      .execute();
  }
}

export async function campaignState(
  db: Db,
  id: string,
): Promise<{ paused: boolean; lastRunAt: string | null }> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  return { paused: row?.paused === 1, lastRunAt: row?.last_run_at ?? null };
}

export async function setCampaignPaused(db: Db, id: string, paused: boolean): Promise<void> {
  await db
    .insertInto('campaigns')
    .values({ id, paused: paused ? 1 : 0, last_run_at: null })
    .onConflict((oc) => oc.column('id').doUpdateSet({ paused: paused ? 1 : 0 }))
    .execute();
}

/**
 * Claims one scheduled run: records it as the last run if it is newer than the last recorded one.
 * Returns false when another replica (or an earlier catch-up) already ran it.
 */
export async function claimCampaignRun(db: Db, id: string, scheduledAt: Date): Promise<boolean> {
  const at = scheduledAt.toISOString();
  await db
    .insertInto('campaigns')
    .values({ id, paused: 0, last_run_at: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const result = await db
    .updateTable('campaigns')
    .set({ last_run_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
