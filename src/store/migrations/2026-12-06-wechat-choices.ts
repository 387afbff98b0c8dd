/**
 * The choices last offered to each WeChat follower (the items of the last menu message), so a
 * follower whose client shows no menu, or who simply types "2", gets the same effect as a tap.
 * One row per follower, replaced by each new menu; read only within a short expiry.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wechat_offered_choices')
    .addColumn('openid', 'text', (c) => c.primaryKey())
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .execute();
}
