/**
 * Telegram audiences and campaigns. Who takes a topic and their quiet hours are their person's
 * settings (`person_subscriptions`, no row = everything on); `subscriptions` keeps only each
 * Telegram chat's place in the awareness libraries, a row appearing the first time a campaign
 * reaches the chat.
 */

import { sql } from 'kysely';
import { DEFAULT_SUBSCRIPTION, type Topic } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import type { PersonSubscriptionTable } from './person-subscriptions.repository.js';
import { type TipChannels, telegramTakesTip } from './tip-address.js';

const DEFAULT_QUIET = {
  quiet_start: DEFAULT_SUBSCRIPTION.quietStart,
  quiet_end: DEFAULT_SUBSCRIPTION.quietEnd,
};

export interface Target {
  all?: boolean;
  townships?: string[];
  villages?: string[];
  /** An officer's scope limits "everyone" to their station or township. */
  stationCode?: string;
  townshipCode?: string;
  /**
   * Scheduled tips: only people whose last-used reachable address is this Telegram chat, so a
   * person gets one copy (`tip-address.ts`); `channels` are the other channels delivered here.
   * Never set for urgent warnings, which go to every address the person allows.
   */
  lastUsed?: { channels: TipChannels };
}

/**
 * One segment of an audience: everyone who shares a language, quiet hours and (for a library
 * topic) their position in the library, so one broadcast row can serve them all. An audience of a
 * million villagers has a few dozen segments; people stay in the database, never in memory.
 */
export interface AudienceSegment {
  /** '' when the person never chose a language. */
  language: string;
  quietStart: string;
  quietEnd: string;
  /** The next library item for this segment (0 for topics without a library). */
  cursor: number;
  count: number;
}

type Library = 'antifraud' | 'legal';

/** Active villagers in the target who take this topic (no row = everything on); null if none. */
function audienceQuery(db: Db, topic: Topic | 'notice', target: Target) {
  let q = db
    .withTables<{ person_subscriptions: PersonSubscriptionTable }>()
    .selectFrom('users')
    .innerJoin('villages', 'villages.code', 'users.village_code')
    .innerJoin('townships', 'townships.code', 'villages.township_code')
    .leftJoin('person_addresses as pa', (j) =>
      j
        .on('pa.channel', '=', 'telegram')
        .on(sql<boolean>`pa.address = cast(users.telegram_id as text)`),
    )
    .leftJoin('person_subscriptions as ps', 'ps.person_id', 'pa.person_id')
    .leftJoin('subscriptions', 'subscriptions.user_id', 'users.telegram_id')
    .where('users.active', '=', 1);
  if (topic !== 'notice')
    q = q.where((eb) => eb.or([eb(`ps.${topic}`, 'is', null), eb(`ps.${topic}`, '=', 1)]));
  if (target.lastUsed) q = q.where(telegramTakesTip(target.lastUsed.channels));
  if (target.stationCode) q = q.where('townships.station_code', '=', target.stationCode);
  if (target.townshipCode) q = q.where('townships.code', '=', target.townshipCode);
  if (!target.all) {
    const townships = target.townships ?? [];
    const villages = target.villages ?? [];
    if (townships.length === 0 && villages.length === 0) return null;
    q = q.where((eb) =>
      eb.or([
        ...(townships.length ? [eb('townships.code', 'in', townships)] : []),
        ...(villages.length ? [eb('villages.code', 'in', villages)] : []),
      ]),
    );
  }
  return q;
}

// Defaults filled in by the database, so people without a settings row group with the rest.
const languageOf = sql<string>`coalesce(users.language, '')`;
const quietStartOf = sql<string>`coalesce(ps.quiet_start, ${sql.lit(DEFAULT_QUIET.quiet_start)})`;
const quietEndOf = sql<string>`coalesce(ps.quiet_end, ${sql.lit(DEFAULT_QUIET.quiet_end)})`;
const cursorOf = (library: Library | null) =>
  library
    ? sql<number>`coalesce(subscriptions.${sql.ref(`${library}_cursor`)}, 0)`
    : sql<number>`0`;

/** How many people a broadcast to this target would reach, counted by the database. */
export async function countAudience(
  db: Db,
  topic: Topic | 'notice',
  target: Target,
): Promise<number> {
  const q = audienceQuery(db, topic, target);
  if (!q) return 0;
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The audience split into segments; `library` adds each person's position in that library. */
export async function audienceSegments(
  db: Db,
  topic: Topic | 'notice',
  target: Target,
  library: Library | null = null,
): Promise<AudienceSegment[]> {
  const q = audienceQuery(db, topic, target);
  if (!q) return [];
  const rows = await q
    .select([
      languageOf.as('language'),
      quietStartOf.as('quiet_start'),
      quietEndOf.as('quiet_end'),
      cursorOf(library).as('cursor'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    // A bare `0` in GROUP BY would name a column by position, so the cursor joins only when real.
    .groupBy([languageOf, quietStartOf, quietEndOf, ...(library ? [cursorOf(library)] : [])])
    .execute();
  return rows.map((r) => ({
    language: r.language,
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
    cursor: Number(r.cursor),
    count: Number(r.n),
  }));
}

/**
 * Puts one segment of the audience into a broadcast's outbox with a single INSERT … SELECT, so
 * memory stays flat at any audience size. Idempotent per (broadcast, person), like
 * `enqueueRecipients`. Returns how many rows were added.
 */
export async function enqueueSegment(
  db: Db,
  broadcastId: number,
  priority: number,
  topic: Topic | 'notice',
  target: Target,
  segment: Omit<AudienceSegment, 'count'>,
  library: Library | null = null,
): Promise<number> {
  const q = audienceQuery(db, topic, target);
  if (!q) return 0;
  // Literals, not parameters: PostgreSQL cannot infer a parameter's type in a select list.
  if (!Number.isSafeInteger(broadcastId) || !Number.isSafeInteger(priority))
    throw new Error(`Broadcast id and priority must be integers, got ${broadcastId}, ${priority}.`);
  const rows = q
    .select([
      sql.lit(broadcastId).as('broadcast_id'),
      'users.telegram_id as user_id',
      sql.lit(priority).as('priority'),
      sql.lit('pending').as('status'),
      sql.lit(0).as('attempts'),
    ])
    .where(languageOf, '=', segment.language)
    .where(quietStartOf, '=', segment.quietStart)
    .where(quietEndOf, '=', segment.quietEnd)
    .where(cursorOf(library), '=', segment.cursor);
  const result = await db
    .insertInto('broadcast_recipients')
    .columns(['broadcast_id', 'user_id', 'priority', 'status', 'attempts'])
    .expression(rows)
    .onConflict((oc) => oc.columns(['broadcast_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * Moves everyone in the audience one item on in a library: existing rows are incremented, and
 * chats the campaigns never reached get their first row, with the cursor at 1.
 */
export async function advanceAudienceCursors(
  db: Db,
  library: Library,
  target: Target,
  now = new Date(),
): Promise<void> {
  const column = `${library}_cursor` as const;
  const everyone = audienceQuery(db, library, target);
  if (!everyone) return;
  await db
    .updateTable('subscriptions')
    .set((eb) => ({ [column]: eb(column, '+', 1), updated_at: now.toISOString() }))
    .where('user_id', 'in', everyone.select('users.telegram_id'))
    .execute();
  const newcomers = audienceQuery(db, library, target)
    ?.where('subscriptions.user_id', 'is', null)
    .select([
      'users.telegram_id as user_id',
      sql.lit(library === 'antifraud' ? 1 : 0).as('antifraud_cursor'),
      sql.lit(library === 'legal' ? 1 : 0).as('legal_cursor'),
      sql.lit(now.toISOString()).as('updated_at'),
    ]);
  if (!newcomers) return;
  await db
    .insertInto('subscriptions')
    .columns(['user_id', 'antifraud_cursor', 'legal_cursor', 'updated_at'])
    .expression(newcomers)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
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
