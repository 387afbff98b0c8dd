/**
 * Web Push subscriptions of web chat devices: where the browser's push service takes a nudge
 * for a closed page. One row per endpoint (a browser profile), removed with the device and
 * when the push service says the endpoint is gone. Frozen in time: uses `Kysely<any>` and
 * imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('web_push_subscriptions')
    .addColumn('endpoint', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) =>
      c.notNull().references('web_residents.device_id').onDelete('cascade'),
    )
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('web_push_subscriptions_device')
    .on('web_push_subscriptions')
    .column('device_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('web_push_subscriptions').ifExists().execute();
}
