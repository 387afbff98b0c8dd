/**
 * What a person wants to receive and their quiet hours, kept by person rather than by channel
 * identity, so a WeChat follower (who had no settings at all) has them, and the settings are
 * the person's whichever channel they were changed on. No row means the defaults (everything
 * on, 21:00–07:30), as for `subscriptions` and `web_subscriptions`.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('person_subscriptions')
    .ifNotExists()
    .addColumn('person_id', pg ? 'bigint' : 'integer', (c) =>
      c.primaryKey().references('people.id').onDelete('cascade'),
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
  await db.schema.dropTable('person_subscriptions').ifExists().execute();
}
