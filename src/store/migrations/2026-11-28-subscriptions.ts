/**
 * What each villager wants to receive and when (topics, quiet hours, position in each awareness
 * library) and the state of scheduled campaigns. Frozen in time: uses `Kysely<any>`.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const bigId = db.getExecutor().adapter instanceof PostgresAdapter ? 'bigint' : 'integer';
  await db.schema
    .createTable('subscriptions')
    .addColumn('user_id', bigId, (c) => c.primaryKey())
    .addColumn('antifraud', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('legal', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('traffic', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quiet_start', 'text', (c) => c.notNull().defaultTo('21:00'))
    .addColumn('quiet_end', 'text', (c) => c.notNull().defaultTo('07:30'))
    .addColumn('antifraud_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('legal_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_run_at', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('campaigns').ifExists().execute();
  await db.schema.dropTable('subscriptions').ifExists().execute();
}
