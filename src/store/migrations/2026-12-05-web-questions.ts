/**
 * Which web device asked a question to the village officer. Web residents have no Telegram id:
 * their `officer_questions` row carries asker_id 0, and the device lives here, read only to
 * bring the officer's answer back to that device's inbox. Frozen in time: uses `Kysely<any>`.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('web_question_askers')
    .addColumn('question_id', postgres ? 'bigint' : 'integer', (c) =>
      c.primaryKey().references('officer_questions.id').onDelete('cascade'),
    )
    .addColumn('device_id', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('web_question_askers').ifExists().execute();
}
