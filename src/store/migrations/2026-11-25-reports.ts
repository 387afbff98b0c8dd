/**
 * Residents' reports (矛盾纠纷 and 线索), their evidence and history, the pseudonymous relay for
 * anonymous reporters, the per-day reference counter, and the points ledger (积分+警务).
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';
  const serial = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
        postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );

  await serial('reports')
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('submission_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('voice_file_id', 'text')
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('township_code', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('place_text', 'text')
    .addColumn('outside_county', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('occurred_text', 'text')
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('reporter_id', bigId)
    .addColumn('relay_key', 'text')
    .addColumn('reporter_language', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('assigned_officer_id', bigId)
    .addColumn('reject_reason', 'text')
    .addColumn('satisfaction', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('personal_data_removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('reports_status_idx')
    .on('reports')
    .columns(['status', 'colour', 'created_at'])
    .execute();
  await db.schema.createIndex('reports_reporter_idx').on('reports').column('reporter_id').execute();
  await db.schema.createIndex('reports_relay_idx').on('reports').column('relay_key').execute();
  await db.schema
    .createIndex('reports_station_idx')
    .on('reports')
    .columns(['station_code', 'created_at'])
    .execute();

  await serial('report_evidence')
    .addColumn('report_id', bigId, (c) => c.notNull().references('reports.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_evidence_report_idx')
    .on('report_evidence')
    .column('report_id')
    .execute();

  await serial('report_events')
    .addColumn('report_id', bigId, (c) => c.notNull().references('reports.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', bigId)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .execute();
  await db.schema
    .createIndex('report_events_report_idx')
    .on('report_events')
    .column('report_id')
    .execute();

  // The only place an anonymous reporter's Telegram id lives; no officer view reads it.
  await db.schema
    .createTable('report_relays')
    .addColumn('relay_key', 'text', (c) => c.primaryKey())
    .addColumn('telegram_id', bigId, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_relays_user_idx')
    .on('report_relays')
    .column('telegram_id')
    .execute();

  await db.schema
    .createTable('report_notifications')
    .addColumn('report_id', bigId, (c) => c.notNull().references('reports.id'))
    .addColumn('chat_id', bigId, (c) => c.notNull())
    .addColumn('message_id', bigId, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_notifications_report_idx')
    .on('report_notifications')
    .column('report_id')
    .execute();

  await db.schema
    .createTable('report_counters')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('point_balances')
    .addColumn('user_id', bigId, (c) => c.primaryKey())
    .addColumn('balance', 'integer', (c) => c.notNull().check(sql`balance >= 0`))
    .execute();
  await serial('point_ledger')
    .addColumn('user_id', bigId, (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('balance_after', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('report_id', bigId)
    .addColumn('actor_id', bigId)
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('point_ledger_user_idx')
    .on('point_ledger')
    .column('user_id')
    .execute();

  // The points ledger is append-only; a balance changes only by a new ledger row.
  if (postgres) {
    await sql`create function append_only() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', TG_TABLE_NAME; end $$`.execute(db);
    await sql`create trigger point_ledger_no_change before update or delete on point_ledger
      for each row execute function append_only()`.execute(db);
  } else {
    await sql`create trigger point_ledger_no_update before update on point_ledger
      begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);
    await sql`create trigger point_ledger_no_delete before delete on point_ledger
      begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'point_ledger',
    'point_balances',
    'report_counters',
    'report_notifications',
    'report_relays',
    'report_events',
    'report_evidence',
    'reports',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`drop function if exists append_only cascade`.execute(db);
}
