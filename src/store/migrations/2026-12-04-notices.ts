/**
 * The notices outbox: one row per message a workflow causes to one recipient on one channel,
 * written in the workflow's own transaction and delivered afterwards by the notice loop. The
 * idempotency key is unique, so a repeated workflow (a replayed confirm) enqueues nothing twice.
 * A claim is a lease (`claimed_until`, `claimed_by`), so several replicas deliver disjoint rows
 * and a dead one's rows come back when its lease runs out.
 *
 * Also `report_web_reporters`: the web device that filed a report (web residents have no
 * Telegram id). Like a relay, only the channel reads it; no officer view shows it.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('notices')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('report_id', postgres ? 'bigint' : 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  // The loop's one hot query: pending rows that are due, urgent first.
  await db.schema
    .createIndex('notices_due_idx')
    .on('notices')
    .columns(['status', 'priority', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('notices_report_idx').on('notices').column('report_id').execute();

  await db.schema
    .createTable('report_web_reporters')
    .addColumn('report_id', postgres ? 'bigint' : 'integer', (c) =>
      c.primaryKey().references('reports.id').onDelete('cascade'),
    )
    .addColumn('device_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_web_reporters_device_idx')
    .on('report_web_reporters')
    .column('device_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_web_reporters').ifExists().execute();
  await db.schema.dropTable('notices').ifExists().execute();
}
