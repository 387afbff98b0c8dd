/**
 * What the station learns from use: service questions that ended "not sure" or "没解决", and
 * officers' marks on scam verdicts. Neither table has a column for who asked: residents' questions
 * are kept without their identity. Frozen in time: uses `Kysely<any>`.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('unanswered_questions')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('topic_id', 'text')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text')
    .addColumn('station_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unanswered_questions_station_time')
    .on('unanswered_questions')
    .columns(['station_code', 'created_at'])
    .execute();
  await db.schema
    .createTable('scam_verdict_marks')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('mark', 'text', (c) => c.notNull())
    .addColumn('risk', 'text', (c) => c.notNull())
    .addColumn('fraud_type', 'text')
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scam_verdict_marks_station_time')
    .on('scam_verdict_marks')
    .columns(['station_code', 'created_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scam_verdict_marks').ifExists().execute();
  await db.schema.dropTable('unanswered_questions').ifExists().execute();
}
