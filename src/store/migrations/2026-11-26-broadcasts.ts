/**
 * Broadcasts (urgent alerts, anti-fraud tips, legal-awareness items) and their persistent
 * outbox: one row per recipient per broadcast, so a crash or restart resumes where it stopped.
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';

  await db.schema
    .createTable('broadcasts')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('photo_file_id', 'text')
    .addColumn('parse_mode', 'text')
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', bigId)
    .addColumn('approver_id', bigId)
    .addColumn('not_before', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('broadcasts_status_idx').on('broadcasts').column('status').execute();

  // `priority` is copied from the broadcast so the claim reads one index in delivery order.
  await db.schema
    .createTable('broadcast_recipients')
    .addColumn('broadcast_id', bigId, (c) => c.notNull().references('broadcasts.id'))
    .addColumn('user_id', bigId, (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'text')
    .addColumn('claim_token', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('message_id', bigId)
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('broadcast_recipients_pk', ['broadcast_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('broadcast_recipients_claim_idx')
    .on('broadcast_recipients')
    .columns(['status', 'priority desc', 'broadcast_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('broadcast_recipients_progress_idx')
    .on('broadcast_recipients')
    .columns(['broadcast_id', 'status'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('broadcast_recipients').ifExists().execute();
  await db.schema.dropTable('broadcasts').ifExists().execute();
}
