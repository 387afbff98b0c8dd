/**
 * Pictures uploaded to WeChat as temporary media (`media/upload`), so a warning with a photo
 * sent to many followers is uploaded once and every replica reuses the same media id for its
 * three-day life. One row per picture (`photo_key`: where the picture comes from, e.g. its
 * Telegram file id), replaced when it is uploaded again.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wechat_media')
    .addColumn('photo_key', 'text', (c) => c.primaryKey())
    .addColumn('media_id', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
