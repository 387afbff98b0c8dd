/**
 * Privacy that survives retention, and webhook claims that survive a crash.
 *
 * - `point_ledger`: points for an anonymous report are credited through the report's relay key,
 *   so the ledger no longer stores the reporter's id next to the report. Existing rows of
 *   anonymous reports are moved over (user id dropped, relay key set). The table stays
 *   append-only, except that retention may cut a row's link to a report (report id, relay key
 *   and the reference in the reason).
 * - `audit_log`: stays append-only, except that retention may drop the person (actor id) from a
 *   row about a closed report; the action stays.
 * - `reports.closed_at` is filled for reports closed before it was kept everywhere.
 * - `processed_updates` gets `done_at` and `chat_id`: a claim is a lease until the update was
 *   handled, and updates of one chat are handled in order across replicas, one at a time
 *   (`chat_locks`).
 * - Sessions written before sessions had a lifetime get one (30 days from now).
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const SESSION_TTL_MS = 30 * 86_400_000;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';

  // Webhook claims as leases, and per-chat order.
  await db.schema.alterTable('processed_updates').addColumn('done_at', 'text').execute();
  await db.schema.alterTable('processed_updates').addColumn('chat_id', bigId).execute();
  await db.updateTable('processed_updates').set({ done_at: sql`received_at` }).execute();
  await db.schema
    .createIndex('processed_updates_chat_idx')
    .on('processed_updates')
    .columns(['chat_id', 'update_id'])
    .execute();
  await db.schema
    .createTable('chat_locks')
    .addColumn('chat_id', bigId, (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // Retention counts from closing.
  await db
    .updateTable('reports')
    .set({ closed_at: sql`updated_at` })
    .where('status', 'in', ['closed', 'rejected'])
    .where('closed_at', 'is', null)
    .execute();
  await db.schema.createIndex('reports_closed_at_idx').on('reports').column('closed_at').execute();

  // Sessions get a lifetime.
  await db
    .updateTable('kv')
    .set({ expires_at: Date.now() + SESSION_TTL_MS })
    .where('key', 'like', 'session:%')
    .where('expires_at', 'is', null)
    .execute();

  if (postgres) await postgresLedgerAndAudit(db);
  else await sqliteLedgerAndAudit(db);
  await db.schema
    .createIndex('point_ledger_relay_idx')
    .on('point_ledger')
    .column('relay_key')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function postgresLedgerAndAudit(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists point_ledger_no_change on point_ledger`.execute(db);
  await sql`alter table point_ledger alter column user_id drop not null`.execute(db);
  await sql`alter table point_ledger add column relay_key text`.execute(db);
  await sql`update point_ledger l set relay_key = r.relay_key, user_id = null
    from reports r where r.id = l.report_id and r.anonymous = 1`.execute(db);
  await sql`create function point_ledger_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
        and new.id = old.id and new.user_id is not distinct from old.user_id
        and new.delta = old.delta and new.balance_after = old.balance_after
        and new.actor_id is not distinct from old.actor_id and new.at = old.at
        and new.report_id is null and new.relay_key is null then
        return new;
      end if;
      raise exception 'point_ledger is append-only';
    end $$`.execute(db);
  await sql`create trigger point_ledger_no_change before update or delete on point_ledger
    for each row execute function point_ledger_guard()`.execute(db);

  await sql`drop trigger if exists audit_log_no_change on audit_log`.execute(db);
  await sql`create function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
        and new.id = old.id and new.at = old.at and new.action = old.action
        and new.subject is not distinct from old.subject and new.detail = old.detail
        and new.actor_id is null then
        return new;
      end if;
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_guard()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function sqliteLedgerAndAudit(db: Kysely<any>): Promise<void> {
  // SQLite cannot drop NOT NULL in place: rebuild the table, moving anonymous rows on the way.
  await sql`create table point_ledger_next (
    id integer primary key autoincrement,
    user_id integer,
    delta integer not null,
    balance_after integer not null,
    reason text not null,
    report_id integer,
    actor_id integer,
    at text not null,
    relay_key text
  )`.execute(db);
  await sql`insert into point_ledger_next
      (id, user_id, delta, balance_after, reason, report_id, actor_id, at, relay_key)
    select l.id, case when r.anonymous = 1 then null else l.user_id end, l.delta,
      l.balance_after, l.reason, l.report_id, l.actor_id, l.at,
      case when r.anonymous = 1 then r.relay_key else null end
    from point_ledger l left join reports r on r.id = l.report_id`.execute(db);
  await sql`drop table point_ledger`.execute(db);
  await sql`alter table point_ledger_next rename to point_ledger`.execute(db);
  await sql`create index point_ledger_user_idx on point_ledger (user_id)`.execute(db);
  await sql`create trigger point_ledger_no_update before update on point_ledger
    when not (new.id = old.id and new.user_id is old.user_id and new.delta = old.delta
      and new.balance_after = old.balance_after and new.actor_id is old.actor_id
      and new.at = old.at and new.report_id is null and new.relay_key is null)
    begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);
  await sql`create trigger point_ledger_no_delete before delete on point_ledger
    begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);

  await sql`drop trigger if exists audit_log_no_update`.execute(db);
  await sql`create trigger audit_log_no_update before update on audit_log
    when not (new.id = old.id and new.at = old.at and new.action = old.action
      and new.subject is old.subject and new.detail = old.detail and new.actor_id is null)
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chat_locks').ifExists().execute();
}
