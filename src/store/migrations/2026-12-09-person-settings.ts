/**
 * Reminder settings per person on every channel (issue 10, item 3): Telegram people's settings
 * (`subscriptions`, by Telegram id) and web devices' (`web_subscriptions`, by device) move into
 * `person_subscriptions`, each resolved to its person through `person_addresses`. When one person
 * has several rows (a Telegram chat, devices, a WeChat follower's row) the most recently updated
 * one wins; a row that holds only the defaults counts only when the person has no other, because
 * the campaigns wrote such rows for everyone they reached, just to keep their place in a library.
 *
 * The old tables stay, without their settings columns: they keep each address's place in the
 * awareness libraries (`antifraud_cursor`, `legal_cursor`), which is per address, not per person
 * (a tip shown in the web chat has not been seen in Telegram).
 *
 * Done in SQL with a staging table, so memory stays flat at any number of residents.
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const TOPICS = ['antifraud', 'legal', 'traffic', 'urgent'] as const;
const SETTINGS = [...TOPICS, 'quiet_start', 'quiet_end'] as const;
const DEFAULTS = { antifraud: 1, legal: 1, traffic: 1, urgent: 1 } as const;
const QUIET = { quiet_start: '21:00', quiet_end: '07:30' } as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('person_settings_candidates')
    .addColumn('person_id', pg ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('antifraud', 'integer', (c) => c.notNull())
    .addColumn('legal', 'integer', (c) => c.notNull())
    .addColumn('traffic', 'integer', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // 1 when every setting is the default (possibly a campaign's cursor row, not a choice).
    .addColumn('plain', 'integer', (c) => c.notNull())
    .execute();
  const columns = sql.join(SETTINGS.map((c) => sql.ref(`s.${c}`)));
  const plain = sql`case when ${sql.join(
    [
      ...TOPICS.map((t) => sql`${sql.ref(`s.${t}`)} = ${sql.lit(DEFAULTS[t])}`),
      sql`s.quiet_start = ${sql.lit(QUIET.quiet_start)}`,
      sql`s.quiet_end = ${sql.lit(QUIET.quiet_end)}`,
    ],
    sql` and `,
  )} then 1 else 0 end`;
  const into = sql`insert into person_settings_candidates
    (person_id, antifraud, legal, traffic, urgent, quiet_start, quiet_end, updated_at, plain)`;
  await sql`${into} select s.person_id, ${columns}, s.updated_at, ${plain}
    from person_subscriptions s`.execute(db);
  await sql`${into} select a.person_id, ${columns}, s.updated_at, ${plain}
    from subscriptions s
    join person_addresses a on a.channel = 'telegram' and a.address = cast(s.user_id as text)`.execute(
    db,
  );
  await sql`${into} select a.person_id, ${columns}, s.updated_at, ${plain}
    from web_subscriptions s
    join person_addresses a on a.channel = 'web' and a.address = s.device_id`.execute(db);

  await sql`delete from person_subscriptions`.execute(db);
  await sql`insert into person_subscriptions
      (person_id, antifraud, legal, traffic, urgent, quiet_start, quiet_end, updated_at)
    select person_id, antifraud, legal, traffic, urgent, quiet_start, quiet_end, updated_at
    from (select c.*, row_number() over (
        partition by c.person_id order by c.plain asc, c.updated_at desc) as n
      from person_settings_candidates c) ranked
    where n = 1`.execute(db);
  await db.schema.dropTable('person_settings_candidates').execute();

  // One column a statement: SQLite drops only one at a time.
  for (const table of ['subscriptions', 'web_subscriptions'])
    for (const column of SETTINGS) await db.schema.alterTable(table).dropColumn(column).execute();
}

/** Puts the columns back, filled with each address's person's settings (else the defaults). */
// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  const sources = [
    {
      table: 'subscriptions',
      channel: 'telegram',
      address: sql`cast(subscriptions.user_id as text)`,
    },
    { table: 'web_subscriptions', channel: 'web', address: sql`web_subscriptions.device_id` },
  ];
  for (const { table, channel, address } of sources) {
    for (const column of SETTINGS) {
      const fallback =
        column in DEFAULTS
          ? DEFAULTS[column as keyof typeof DEFAULTS]
          : QUIET[column as keyof typeof QUIET];
      await db.schema
        .alterTable(table)
        .addColumn(column, column.startsWith('quiet') ? 'text' : 'integer', (c) =>
          c.notNull().defaultTo(fallback),
        )
        .execute();
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = coalesce((select ps.${sql.ref(column)}
        from person_addresses a join person_subscriptions ps on ps.person_id = a.person_id
        where a.channel = ${sql.lit(channel)} and a.address = ${address}), ${sql.lit(fallback)})`.execute(
        db,
      );
    }
  }
}
