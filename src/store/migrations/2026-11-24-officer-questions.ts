/**
 * Questions a villager sends to their village officer (问驻村民警), with the officer's answer.
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigId = postgres ? 'bigint' : 'integer';
  await db.schema
    .createTable('officer_questions')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('asker_id', bigId, (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('officer_id', bigId)
    .addColumn('topic_id', 'text')
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('share_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('officer_chat_id', bigId)
    .addColumn('officer_message_id', bigId)
    .addColumn('answer', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema
    .createIndex('officer_questions_open_idx')
    .on('officer_questions')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('officer_questions_message_idx')
    .on('officer_questions')
    .columns(['officer_chat_id', 'officer_message_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('officer_questions').ifExists().execute();
}
