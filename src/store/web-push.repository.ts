/**
 * Web Push subscriptions of web chat devices, and the VAPID key pair the server signs pushes
 * with (made at first start, kept in `web_settings` so every replica signs alike).
 */
import type { Db } from './database.js';
import { webSettingOnce } from './web-residents.repository.js';

export interface WebPushSubscriptionTable {
  endpoint: string;
  device_id: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

const tables = (db: Db) => db.withTables<{ web_push_subscriptions: WebPushSubscriptionTable }>();

export interface PushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export async function vapidKeys(db: Db, generate: () => VapidKeys): Promise<VapidKeys> {
  const value = await webSettingOnce(db, 'vapid-keys', () => JSON.stringify(generate()));
  return JSON.parse(value) as VapidKeys;
}

/**
 * Stores a device's subscription. An endpoint belongs to one browser profile: if it was another
 * device's (the cookie was cleared and a new device made), it moves to this one.
 */
export async function savePushSubscription(
  db: Db,
  deviceId: string,
  sub: PushSubscription,
  now = new Date(),
): Promise<void> {
  await tables(db)
    .insertInto('web_push_subscriptions')
    .values({
      endpoint: sub.endpoint,
      device_id: deviceId,
      p256dh: sub.keys.p256dh,
      auth: sub.keys.auth,
      created_at: now.toISOString(),
    })
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({
        device_id: deviceId,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
      }),
    )
    .execute();
}

/** Removes a subscription; `deviceId` limits it to that device's own (a resident's "turn off"). */
export async function removePushSubscription(
  db: Db,
  endpoint: string,
  deviceId?: string,
): Promise<number> {
  let q = tables(db).deleteFrom('web_push_subscriptions').where('endpoint', '=', endpoint);
  if (deviceId !== undefined) q = q.where('device_id', '=', deviceId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function pushSubscriptionsOf(db: Db, deviceId: string): Promise<PushSubscription[]> {
  const rows = await tables(db)
    .selectFrom('web_push_subscriptions')
    .select(['endpoint', 'p256dh', 'auth'])
    .where('device_id', '=', deviceId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } }));
}

export async function hasPushSubscription(db: Db, deviceId: string): Promise<boolean> {
  const row = await tables(db)
    .selectFrom('web_push_subscriptions')
    .select('endpoint')
    .where('device_id', '=', deviceId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
