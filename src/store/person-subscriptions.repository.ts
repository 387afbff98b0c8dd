/**
 * A person's reminder settings (migration 2026-12-08-person-subscriptions), whatever channel
 * they reach us on: WeChat followers keep theirs here. No row means the defaults, so a person
 * costs no write until they change something. Functions take `db | trx`.
 */
import { DEFAULT_SUBSCRIPTION, type Subscription } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import {
  type SubscriptionColumns,
  subscriptionColumns,
  subscriptionOf,
} from './subscriptions.repository.js';

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
