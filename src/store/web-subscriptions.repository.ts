/**
 * A web resident's reminder settings, kept by device like `subscriptions` is kept by Telegram
 * id. No row means the defaults, so a new device costs no write until it changes something.
 */
import type { Generated } from 'kysely';
import { DEFAULT_SUBSCRIPTION, type Subscription } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import {
  type SubscriptionColumns,
  subscriptionColumns,
  subscriptionOf,
} from './subscriptions.repository.js';

export interface WebSubscriptionTable extends SubscriptionColumns {
  device_id: string;
  /** The device's next item in each awareness library (0 for a new row). */
  antifraud_cursor: Generated<number>;
  legal_cursor: Generated<number>;
  updated_at: string;
}

const table = (db: Db) => db.withTables<{ web_subscriptions: WebSubscriptionTable }>();

export async function getWebSubscription(db: Db, deviceId: string): Promise<Subscription> {
  const row = await table(db)
    .selectFrom('web_subscriptions')
    .selectAll()
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return row ? subscriptionOf(row) : structuredClone(DEFAULT_SUBSCRIPTION);
}

export async function saveWebSubscription(
  db: Db,
  deviceId: string,
  sub: Subscription,
): Promise<void> {
  const values = { ...subscriptionColumns(sub), updated_at: new Date().toISOString() };
  await table(db)
    .insertInto('web_subscriptions')
    .values({ device_id: deviceId, ...values })
    .onConflict((oc) => oc.column('device_id').doUpdateSet(values))
    .execute();
}
