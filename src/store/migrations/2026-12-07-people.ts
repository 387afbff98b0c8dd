/**
 * People with channel addresses (issue 10, item 3). A person has an id of our own; each channel
 * knows them by an address (`telegram:<id>`, `web:<device>`, `wechat:<openid>`, `sms:<phone>`),
 * unique across people. `merged_into` marks a person who turned out to be another one (their
 * addresses moved there; rows that name the old id, like ledger rows, still count for them).
 *
 * The backfill gives every identity already stored a person: each Telegram user (and any id a
 * relay or a point balance names), web device, WeChat follower and SMS number. Those already
 * known to be one person become one: a device linked to a follower through OAuth joins the
 * follower, and a number verified on a device joins that device (and so its follower). It is
 * done in SQL, with staging tables, so memory stays flat at any number of residents.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('people')
    .addColumn('id', pg ? 'bigserial' : 'integer', (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('merged_into', pg ? 'bigint' : 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('people_merged_into_idx')
    .on('people')
    .column('merged_into')
    .execute();
  await db.schema
    .createTable('person_addresses')
    .addColumn('person_id', pg ? 'bigint' : 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_addresses_pk', ['channel', 'address'])
    .execute();
  await db.schema
    .createIndex('person_addresses_person_idx')
    .on('person_addresses')
    .column('person_id')
    .execute();
  await backfill(db, pg);
  await pointsPerPerson(db, pg);
}

/**
 * Points are kept per person, so web and WeChat reporters earn them too. Balances move to their
 * person (one Telegram user is one person, so nothing adds up); ledger rows gain `person_id`
 * (their `user_id` stays, the ledger being append-only), and rows credited through an anonymous
 * report's relay stay keyed by the relay, never by a person.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function pointsPerPerson(db: Kysely<any>, pg: boolean): Promise<void> {
  const bigId = pg ? 'bigint' : 'integer';
  await db.schema
    .createTable('point_balances_next')
    .addColumn('person_id', bigId, (c) => c.primaryKey())
    .addColumn('balance', 'integer', (c) => c.notNull().check(sql`balance >= 0`))
    .execute();
  await sql`insert into point_balances_next (person_id, balance)
    select a.person_id, sum(b.balance) from point_balances b
    join person_addresses a on a.channel = 'telegram' and a.address = cast(b.user_id as text)
    group by a.person_id`.execute(db);
  await db.schema.dropTable('point_balances').execute();
  await sql`alter table point_balances_next rename to point_balances`.execute(db);

  // The append-only guard is lifted for the one backfill, then set again with person_id in it.
  if (pg) await sql`drop trigger point_ledger_no_change on point_ledger`.execute(db);
  else await sql`drop trigger point_ledger_no_update`.execute(db);
  await sql`alter table point_ledger add column person_id ${sql.raw(bigId)}`.execute(db);
  await sql`update point_ledger set person_id = (select a.person_id from person_addresses a
    where a.channel = 'telegram' and a.address = cast(point_ledger.user_id as text))
    where user_id is not null`.execute(db);
  await sql`create index point_ledger_person_idx on point_ledger (person_id)`.execute(db);
  if (pg) {
    await sql`create or replace function point_ledger_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE'
          and new.id = old.id and new.user_id is not distinct from old.user_id
          and new.person_id is not distinct from old.person_id
          and new.delta = old.delta and new.balance_after = old.balance_after
          and new.actor_id is not distinct from old.actor_id and new.at = old.at
          and new.report_id is null and new.relay_key is null then
          return new;
        end if;
        raise exception 'point_ledger is append-only';
      end $$`.execute(db);
    await sql`create trigger point_ledger_no_change before update or delete on point_ledger
      for each row execute function point_ledger_guard()`.execute(db);
  } else
    await sql`create trigger point_ledger_no_update before update on point_ledger
      when not (new.id = old.id and new.user_id is old.user_id
        and new.person_id is old.person_id and new.delta = old.delta
        and new.balance_after = old.balance_after and new.actor_id is old.actor_id
        and new.at = old.at and new.report_id is null and new.relay_key is null)
      begin select raise(abort, 'point_ledger is append-only'); end`.execute(db);
}

/**
 * Each identity is staged with the key of the person it belongs to: a linked device, and a
 * number verified on it, take their follower's key (`wechat:<openid>`); a number verified on an
 * unlinked device takes the device's key. Then one person per key, ids in order of first sight.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function backfill(db: Kysely<any>, pg: boolean): Promise<void> {
  const now = new Date().toISOString();
  await sql`create table people_backfill (
    group_key text not null, channel text not null, address text not null, at text)`.execute(db);
  const stage = (select: RawBuilder<unknown>) =>
    sql`insert into people_backfill (group_key, channel, address, at) ${select}`.execute(db);
  const tg = sql`cast(telegram_id as text)`;
  await stage(sql`select 'telegram:' || ${tg}, 'telegram', ${tg}, created_at from users`);
  await stage(sql`select 'telegram:' || ${tg}, 'telegram', ${tg}, created_at from report_relays`);
  await stage(sql`select 'telegram:' || cast(user_id as text), 'telegram', cast(user_id as text),
    null from point_balances`);
  await stage(sql`select 'wechat:' || openid, 'wechat', openid, created_at from wechat_residents`);
  await stage(sql`select 'wechat:' || openid, 'wechat', openid, linked_at from wechat_web_links`);
  await stage(sql`select 'wechat:' || openid, 'web', device_id, linked_at from wechat_web_links`);
  await stage(sql`select coalesce('wechat:' || l.openid, 'web:' || d.device_id), 'web', d.device_id,
    d.created_at from web_residents d left join wechat_web_links l on l.device_id = d.device_id`);
  await stage(sql`select coalesce('wechat:' || l.openid, 'web:' || s.device_id), 'web', s.device_id,
    s.created_at from sms_addresses s left join wechat_web_links l on l.device_id = s.device_id
    where s.device_id is not null`);
  await stage(sql`select coalesce('wechat:' || l.openid, 'web:' || w.device_id), 'web', w.device_id,
    r.created_at from report_web_reporters w join reports r on r.id = w.report_id
    left join wechat_web_links l on l.device_id = w.device_id`);
  await stage(sql`select coalesce('wechat:' || l.openid, 'web:' || s.device_id, 'sms:' || s.phone),
    'sms', s.phone, s.created_at from sms_addresses s
    left join wechat_web_links l on l.device_id = s.device_id`);
  // One row per address (an identity may be staged from several tables, always with one key).
  await sql`create table people_backfill_addresses as
    select channel, address, min(group_key) as group_key, coalesce(min(at), ${now}) as at
    from people_backfill group by channel, address`.execute(db);
  await sql`create table people_backfill_ids as
    select group_key, row_number() over (order by min(at), group_key) as id, min(at) as created_at
    from people_backfill_addresses group by group_key`.execute(db);
  await sql`insert into people (id, merged_into, created_at)
    select id, null, created_at from people_backfill_ids`.execute(db);
  await sql`insert into person_addresses (person_id, channel, address, created_at)
    select i.id, a.channel, a.address, a.at
    from people_backfill_addresses a join people_backfill_ids i on i.group_key = a.group_key`.execute(
    db,
  );
  // Explicit ids leave PostgreSQL's sequence behind; SQLite's AUTOINCREMENT follows by itself.
  if (pg)
    await sql`select setval(pg_get_serial_sequence('people', 'id'),
      coalesce((select max(id) from people), 0) + 1, false)`.execute(db);
  for (const t of ['people_backfill_ids', 'people_backfill_addresses', 'people_backfill'])
    await sql`drop table ${sql.table(t)}`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  // Points stay per person: going back would need every web and WeChat balance dropped.
  await db.schema.dropTable('person_addresses').ifExists().execute();
  await db.schema.dropTable('people').ifExists().execute();
}
