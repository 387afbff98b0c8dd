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
  await db.schema.dropTable('person_addresses').ifExists().execute();
  await db.schema.dropTable('people').ifExists().execute();
}
