/**
 * A web resident's reminder settings, kept by device like `subscriptions` is kept by Telegram
 * id. No row means the defaults, so a new device costs no write until it changes something.
 */
import { DEFAULT_SUBSCRIPTION, type Subscription } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';

export interface WebSubscriptionTable {
  device_id: string;
  antifraud: number;
  legal: number;
  traffic: number;
  urgent: number;
  quiet_start: string;
  quiet_end: string;
  updated_at: string;
}

const table = (db: Db) => db.withTables<{ web_subscriptions: WebSubscriptionTable }>();

export async function getWebSubscription(db: Db, deviceId: string): Promise<Subscription> {
  const row = await table(db)
    .selectFrom('web_subscriptions')
    .selectAll()
    .where('device_id', '=', deviceId)
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

export async function saveWebSubscription(
  db: Db,
  deviceId: string,
  sub: Subscription,
): Promise<void> {
  const values = {
    antifraud: sub.topics.antifraud ? 1 : 0,
    legal: sub.topics.legal ? 1 : 0,
    traffic: sub.topics.traffic ? 1 : 0,
    urgent: sub.topics.urgent ? 1 : 0,
    quiet_start: sub.quietStart,
    quiet_end: sub.quietEnd,
    updated_at: new Date().toISOString(),
  };
  await table(db)
    .insertInto('web_subscriptions')
    .values({ device_id: deviceId, ...values })
    .onConflict((oc) => oc.column('device_id').doUpdateSet(values))
    .execute();
}
