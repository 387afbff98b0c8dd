/**
 * Where each WeChat follower stands in the awareness libraries, like `web_subscriptions`' cursors
 * for web devices, so scheduled tips walk a follower through the items in order without repeats.
 * Per follower, not per person: a tip read in WeChat has not been seen in Telegram. A follower
 * without a row starts at the first item. Frozen in time: uses `Kysely<any>` and imports no
 * application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wechat_tip_cursors')
    .addColumn('openid', 'text', (c) =>
      c.primaryKey().references('wechat_residents.openid').onDelete('cascade'),
    )
    .addColumn('antifraud_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('legal_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('wechat_tip_cursors').ifExists().execute();
}
