/**
 * What a web resident wants to receive and their quiet hours, like `subscriptions` for Telegram
 * people: a device without a row has the defaults (everything on, 21:00–07:30). Frozen in time:
 * uses `Kysely<any>` and imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('web_subscriptions')
    .addColumn('device_id', 'text', (c) =>
      c.primaryKey().references('web_residents.device_id').onDelete('cascade'),
    )
    .addColumn('antifraud', 'integer', (c) => c.notNull())
    .addColumn('legal', 'integer', (c) => c.notNull())
    .addColumn('traffic', 'integer', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('web_subscriptions').ifExists().execute();
}
