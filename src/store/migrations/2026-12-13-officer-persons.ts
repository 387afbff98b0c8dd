/**
 * Officers, admins and askers are people (issue 10, item 3): every column that names who acted
 * or who asked holds our person id from now on, never a Telegram id, like reporters since
 * 2026-12-08-reporter-persons. The columns keep their names; their values are converted in place:
 *
 * - `report_events.actor_id`, `reports.assigned_officer_id`, `audit_log.actor_id`,
 *   `blocklist.added_by`, `point_ledger.actor_id`: who acted;
 * - `broadcast_requests.author_id` / `approver_id`, `broadcasts.author_id` / `approver_id`;
 * - `officer_questions.asker_id` (a Telegram asker's chat, or 0 for a web asker, whose device
 *   `web_question_askers` names) and `officer_questions.officer_id`.
 *
 * A Telegram id that no person has yet (a user row deleted since, an admin who never wrote to the
 * bot) gets a person of its own with that address, so nothing is lost: the Telegram id is still
 * found through `person_addresses`. Ids of zero or below name no Telegram user and are left as
 * they are. Audit `detail` JSON is history and stays as written. `users` stays keyed by Telegram
 * id: it is the Telegram channel's profile of a person (name, language, role), found from a
 * person through their Telegram address (indexed as text).
 *
 * Done in SQL, so memory stays flat at any number of rows. Frozen in time: uses `Kysely<any>` and
 * imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** Every column converted, as `[table, column]`. */
const ACTOR_COLUMNS = [
  ['report_events', 'actor_id'],
  ['reports', 'assigned_officer_id'],
  ['audit_log', 'actor_id'],
  ['blocklist', 'added_by'],
  ['point_ledger', 'actor_id'],
  ['broadcast_requests', 'author_id'],
  ['broadcast_requests', 'approver_id'],
  ['broadcasts', 'author_id'],
  ['broadcasts', 'approver_id'],
  ['officer_questions', 'asker_id'],
  ['officer_questions', 'officer_id'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await peopleForLostAddresses(db, pg);
  await liftGuards(db, pg);
  for (const [table, column] of ACTOR_COLUMNS) {
    const t = sql.table(table);
    const c = sql.ref(`${table}.${column}`);
    await sql`update ${t} set ${sql.ref(column)} = (select a.person_id from person_addresses a
      where a.channel = 'telegram' and a.address = cast(${c} as text))
      where ${c} > 0`.execute(db);
  }
  // Web askers (asker_id 0): the person of the device that asked.
  await sql`update officer_questions set asker_id = (select a.person_id
    from web_question_askers w join person_addresses a
      on a.channel = 'web' and a.address = w.device_id
    where w.question_id = officer_questions.id)
    where asker_id = 0 and id in (select question_id from web_question_askers)`.execute(db);
  await setGuards(db, pg);
  // Workflows find a person's Telegram profile from their address: `address = cast(id as text)`.
  await sql`create index users_telegram_text_idx on users (cast(telegram_id as text))`.execute(db);
}

/**
 * Every Telegram id in those columns, and every asking web device, that no person has yet gets
 * one, ids after the existing ones, in order of the address.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function peopleForLostAddresses(db: Kysely<any>, pg: boolean): Promise<void> {
  await sql`create table officer_persons_seen (channel text not null, address text not null)`.execute(
    db,
  );
  for (const [table, column] of ACTOR_COLUMNS)
    await sql`insert into officer_persons_seen (channel, address)
      select 'telegram', cast(${sql.ref(column)} as text) from ${sql.table(table)}
      where ${sql.ref(column)} > 0`.execute(db);
  await sql`insert into officer_persons_seen (channel, address)
    select 'web', w.device_id from web_question_askers w
    join officer_questions q on q.id = w.question_id where q.asker_id = 0`.execute(db);
  await sql`create table officer_persons_lost as
    select channel, address, (select coalesce(max(id), 0) from people)
      + row_number() over (order by channel, address) as id
    from (select distinct s.channel, s.address from officer_persons_seen s
      where not exists (select 1 from person_addresses a
        where a.channel = s.channel and a.address = s.address)) lost`.execute(db);
  const now = new Date().toISOString();
  await sql`insert into people (id, merged_into, created_at)
    select id, null, ${now} from officer_persons_lost`.execute(db);
  await sql`insert into person_addresses (person_id, channel, address, created_at)
    select id, channel, address, ${now} from officer_persons_lost`.execute(db);
  if (pg)
    await sql`select setval(pg_get_serial_sequence('people', 'id'),
      coalesce((select max(id) from people), 0) + 1, false)`.execute(db);
  await sql`drop table officer_persons_lost`.execute(db);
  await sql`drop table officer_persons_seen`.execute(db);
}

/** The append-only guards of the ledger and the audit log are lifted for the one conversion… */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function liftGuards(db: Kysely<any>, pg: boolean): Promise<void> {
  if (pg) {
    await sql`drop trigger point_ledger_no_change on point_ledger`.execute(db);
    await sql`drop trigger audit_log_no_change on audit_log`.execute(db);
  } else {
    await sql`drop trigger point_ledger_no_update`.execute(db);
    await sql`drop trigger audit_log_no_update`.execute(db);
  }
}

/** …and set again exactly as they were (2026-12-07-people, 2026-12-02-privacy-and-leases). */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function setGuards(db: Kysely<any>, pg: boolean): Promise<void> {
  if (pg) {
    await sql`create trigger point_ledger_no_change before update or delete on point_ledger
      for each row execute function point_ledger_guard()`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_guard()`.execute(db);
    return;
  }
  await sql`create trigger point_ledger_no_update before update on point_ledger
    when not (new.id = old.id and new.user_id is old.user_id
      and new.person_id is old.person_id and new.delta = old.delta
      and new.balance_after = old.balance_after and new.actor_id is old.actor_id
      and new.at = old.at and new.report_id is null and new.relay_key is null)
    begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_update before update on audit_log
    when not (new.id = old.id and new.at = old.at and new.action = old.action
      and new.subject is old.subject and new.detail = old.detail and new.actor_id is null)
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(_db: Kysely<any>): Promise<void> {
  // Going back would need a Telegram id for every web asker and every person without one.
  throw new Error('2026-12-13-officer-persons cannot be undone; restore a backup instead');
}
