/**
 * One person, two addresses: a web chat device opened from the WeChat menu (through OAuth
 * `snsapi_base`) is linked to the resident's openid, so what they file on the web can be answered
 * in WeChat. A device has at most one openid (the last one that opened it); an openid may have
 * several devices. Only channels read it; no officer view shows it.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wechat_web_links')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('openid', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('wechat_web_links_openid_idx')
    .on('wechat_web_links')
    .column('openid')
    .execute();
}
