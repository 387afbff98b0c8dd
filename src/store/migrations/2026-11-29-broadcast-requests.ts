/**
 * An officer's broadcast request (警情审核发布): the texts per language, the target, the time,
 * and the review. On approval it becomes one broadcast per language group in the outbox.
 * Frozen in time: uses `Kysely<any>`.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';
  await db.schema
    .createTable('broadcast_requests')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('photo_file_id', 'text')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text')
    .addColumn('author_id', bigId, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approver_id', bigId)
    .addColumn('direct', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('broadcast_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('reviewers_notified_at', 'text')
    .addColumn('reported_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('broadcast_requests_status_idx')
    .on('broadcast_requests')
    .column('status')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('broadcast_requests').ifExists().execute();
}
