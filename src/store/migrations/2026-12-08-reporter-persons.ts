/**
 * Reporters are people (issue 10, item 3): a report names its reporter by our person id, and an
 * anonymous reporter's relay points to a person, not to a Telegram id.
 *
 * - `reports.reporter_person_id` replaces `reports.reporter_id` (a Telegram id). Named reports
 *   get the person of their Telegram user, or of the web device that filed them; a Telegram id
 *   no person has yet (a user row deleted since) gets a person of its own, so nothing is lost.
 *   Anonymous reports keep no reporter in `reports`: only the relay knows them.
 * - `report_relays.person_id` replaces `report_relays.telegram_id` (the table is rebuilt, since
 *   SQLite cannot loosen a column). Anonymous web reports, which were found through their device
 *   alone, get a relay too, so every anonymous reporter is reached the same way; the device row
 *   (`report_web_reporters`) stays as the web inbox the news goes to, and retention still
 *   removes both.
 *
 * Done in SQL, so memory stays flat at any number of reports. Frozen in time: uses
 * `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = sql.raw(pg ? 'bigint' : 'integer');
  await peopleForLostTelegramReporters(db, pg);

  await sql`alter table reports add column reporter_person_id ${bigId}`.execute(db);
  await sql`update reports set reporter_person_id = (select a.person_id from person_addresses a
    where a.channel = 'telegram' and a.address = cast(reports.reporter_id as text))
    where anonymous = 0 and reporter_id is not null`.execute(db);
  await sql`update reports set reporter_person_id = (select a.person_id
    from report_web_reporters w join person_addresses a
      on a.channel = 'web' and a.address = w.device_id
    where w.report_id = reports.id)
    where anonymous = 0 and reporter_person_id is null`.execute(db);
  await sql`create index reports_reporter_person_idx on reports (reporter_person_id)`.execute(db);
  await sql`drop index reports_reporter_idx`.execute(db);
  await sql`alter table reports drop column reporter_id`.execute(db);

  await db.schema
    .createTable('report_relays_next')
    .addColumn('relay_key', 'text', (c) => c.primaryKey())
    .addColumn('person_id', pg ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into report_relays_next (relay_key, person_id, created_at)
    select r.relay_key, a.person_id, r.created_at from report_relays r
    join person_addresses a on a.channel = 'telegram' and a.address = cast(r.telegram_id as text)`.execute(
    db,
  );
  // Anonymous web reports: a fresh relay key each, then the relay to the device's person.
  const freshKey = pg
    ? sql`replace(cast(gen_random_uuid() as text), '-', '')`
    : sql`lower(hex(randomblob(16)))`;
  await sql`update reports set relay_key = ${freshKey}
    where anonymous = 1 and relay_key is null
      and id in (select report_id from report_web_reporters)`.execute(db);
  await sql`insert into report_relays_next (relay_key, person_id, created_at)
    select r.relay_key, a.person_id, r.created_at from reports r
    join report_web_reporters w on w.report_id = r.id
    join person_addresses a on a.channel = 'web' and a.address = w.device_id
    where r.anonymous = 1 and r.relay_key is not null
      and r.relay_key not in (select relay_key from report_relays)`.execute(db);
  await db.schema.dropTable('report_relays').execute();
  await sql`alter table report_relays_next rename to report_relays`.execute(db);
  await db.schema
    .createIndex('report_relays_person_idx')
    .on('report_relays')
    .column('person_id')
    .execute();
}

/**
 * A named report's Telegram id that no person has (the people backfill staged users, relays and
 * balances, not reports) gets a person, ids after the existing ones, in order of first report.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function peopleForLostTelegramReporters(db: Kysely<any>, pg: boolean): Promise<void> {
  await sql`create table reporter_persons_lost as
    select cast(reporter_id as text) as address, min(created_at) as at from reports
    where anonymous = 0 and reporter_id is not null and cast(reporter_id as text) not in
      (select address from person_addresses where channel = 'telegram')
    group by reporter_id`.execute(db);
  await sql`create table reporter_persons_lost_ids as
    select address, at, (select coalesce(max(id), 0) from people)
      + row_number() over (order by at, address) as id
    from reporter_persons_lost`.execute(db);
  await sql`insert into people (id, merged_into, created_at)
    select id, null, at from reporter_persons_lost_ids`.execute(db);
  await sql`insert into person_addresses (person_id, channel, address, created_at)
    select id, 'telegram', address, at from reporter_persons_lost_ids`.execute(db);
  if (pg)
    await sql`select setval(pg_get_serial_sequence('people', 'id'),
      coalesce((select max(id) from people), 0) + 1, false)`.execute(db);
  await sql`drop table reporter_persons_lost_ids`.execute(db);
  await sql`drop table reporter_persons_lost`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(_db: Kysely<any>): Promise<void> {
  // Going back would need Telegram ids for web reporters' relays, which have none.
  throw new Error('2026-12-08-reporter-persons cannot be undone; restore a backup instead');
}
