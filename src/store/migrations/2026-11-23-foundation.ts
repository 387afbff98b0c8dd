/**
 * Foundation tables: places, people, the audit log, webhook de-duplication and the key-value
 * table behind sessions. Frozen in time: it uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';

  await db.schema
    .createTable('county')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('service_hall', 'text', (c) => c.notNull())
    .addColumn('dmv', 'text', (c) => c.notNull())
    .addColumn('command_chat_id', bigId)
    .execute();

  await db.schema
    .createTable('stations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('chat_id', bigId)
    .execute();

  await db.schema
    .createTable('townships')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull().references('stations.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('command_chat_id', bigId)
    .execute();

  await db.schema
    .createTable('villages')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('township_code', 'text', (c) => c.notNull().references('townships.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('officer_name', 'text', (c) => c.notNull())
    .addColumn('officer_phone', 'text', (c) => c.notNull())
    .addColumn('officer_telegram_id', bigId)
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('telegram_id', bigId, (c) => c.primaryKey())
    .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('language', 'text')
    .addColumn('village_code', 'text')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('resident'))
    .addColumn('scope_kind', 'text')
    .addColumn('scope_code', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_village_idx').on('users').column('village_code').execute();
  await db.schema.createIndex('users_role_idx').on('users').column('role').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', bigId)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').column('subject').execute();

  await db.schema
    .createTable('processed_updates')
    .addColumn('update_id', bigId, (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('kv')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expires_at', bigId)
    .execute();
  await db.schema.createIndex('kv_expires_idx').on('kv').column('expires_at').execute();

  // Nobody may rewrite history: the audit log is append-only at the database level too.
  if (postgres) {
    await sql`create function audit_log_immutable() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_immutable()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'kv',
    'processed_updates',
    'audit_log',
    'users',
    'villages',
    'townships',
    'stations',
    'county',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop function if exists audit_log_immutable cascade`.execute(db);
  }
}
