/**
 * A phone verification code is asked for by an address, not only by a web device: a WeChat
 * follower who never opened the web chat gives their number inside WeChat. `sms_codes.device_id`
 * becomes `requester`, holding `web:<device id>` or `wechat:<openid>`; the codes already there
 * (ten minutes' worth at most) were all asked for by web devices. The index on it is kept, under
 * its old name, by both engines' RENAME COLUMN.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sms_codes').renameColumn('device_id', 'requester').execute();
  await db.updateTable('sms_codes').set({ requester: sql`'web:' || requester` }).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('sms_codes').where('requester', 'not like', 'web:%').execute();
  await db.updateTable('sms_codes').set({ requester: sql`substr(requester, 5)` }).execute();
  await db.schema.alterTable('sms_codes').renameColumn('requester', 'device_id').execute();
}
