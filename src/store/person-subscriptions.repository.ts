/**
 * A person's reminder settings (migrations 2026-12-08-person-subscriptions and
 * 2026-12-09-person-settings), whatever channel they reach us on: Telegram, web and WeChat keep
 * theirs here, so a change on one channel holds on all. No row means the defaults, so a person
 * costs no write until they change something. Functions take `db | trx`.
 */
import { DEFAULT_SUBSCRIPTION, type Subscription } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';

/** The settings columns, 1/0 per topic and the quiet hours as `HH:MM`. */
export interface SubscriptionColumns {
  antifraud: number;
  legal: number;
  traffic: number;
  urgent: number;
  quiet_start: string;
  quiet_end: string;
}

export function subscriptionOf(row: SubscriptionColumns): Subscription {
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

export function subscriptionColumns(sub: Subscription): SubscriptionColumns {
  return {
    antifraud: sub.topics.antifraud ? 1 : 0,
    legal: sub.topics.legal ? 1 : 0,
    traffic: sub.topics.traffic ? 1 : 0,
    urgent: sub.topics.urgent ? 1 : 0,
    quiet_start: sub.quietStart,
    quiet_end: sub.quietEnd,
  };
}

export interface PersonSubscriptionTable extends SubscriptionColumns {
  person_id: number;
  updated_at: string;
}

export const personSubscriptionTables = (db: Db) =>
  db.withTables<{ person_subscriptions: PersonSubscriptionTable }>();

export async function getPersonSubscription(db: Db, personId: number): Promise<Subscription> {
  const row = await personSubscriptionTables(db)
    .selectFrom('person_subscriptions')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row ? subscriptionOf(row) : structuredClone(DEFAULT_SUBSCRIPTION);
}

export async function savePersonSubscription(
  db: Db,
  personId: number,
  sub: Subscription,
  now = new Date(),
): Promise<void> {
  const values = { ...subscriptionColumns(sub), updated_at: now.toISOString() };
  await personSubscriptionTables(db)
    .insertInto('person_subscriptions')
    .values({ person_id: personId, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
    .execute();
}
