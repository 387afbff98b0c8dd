/**
 * SMS: residents' verified phone numbers (addresses), pending verification codes (hashed), and
 * every SMS handed to a provider with the provider's message id and its delivery status.
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  await db.schema
    .createTable('sms_addresses')
    .addColumn('id', pg ? 'bigserial' : 'integer', id)
    .addColumn('phone', 'text', (c) => c.notNull().unique())
    .addColumn('village_code', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    // Where the consent came from: 'web' (verified by code) or 'import: <the officer's note>'.
    .addColumn('consent', 'text', (c) => c.notNull())
    // The web device that verified the number, if any: its village wins over village_code.
    .addColumn('device_id', 'text')
    .addColumn('urgent', 'integer', (c) => c.notNull())
    .addColumn('report_news', 'integer', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sms_addresses_village')
    .on('sms_addresses')
    .columns(['village_code', 'active'])
    .execute();
  await db.schema
    .createIndex('sms_addresses_device')
    .on('sms_addresses')
    .column('device_id')
    .execute();
  await db.schema
    .createTable('sms_codes')
    .addColumn('id', pg ? 'bigserial' : 'integer', id)
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    // HMAC-SHA256 of the code with `salt`; null until the deliverer makes the code.
    .addColumn('code_hash', 'text')
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('tries', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sms_codes_device')
    .on('sms_codes')
    .columns(['device_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('sms_codes_phone')
    .on('sms_codes')
    .columns(['phone', 'created_at'])
    .execute();
  await db.schema
    .createTable('sms_messages')
    .addColumn('id', pg ? 'bigserial' : 'integer', id)
    .addColumn('notice_id', 'integer', (c) => c.notNull())
    // The address's number as a key for the per-number limit; never shown.
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_message_id', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    // submitted (accepted by the provider), delivered or undelivered (from a receipt).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sms_messages_phone')
    .on('sms_messages')
    .columns(['phone', 'sent_at'])
    .execute();
  await db.schema.createIndex('sms_messages_sent').on('sms_messages').column('sent_at').execute();
  await db.schema
    .createIndex('sms_messages_provider_id')
    .on('sms_messages')
    .columns(['provider', 'provider_message_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sms_messages').ifExists().execute();
  await db.schema.dropTable('sms_codes').ifExists().execute();
  await db.schema.dropTable('sms_addresses').ifExists().execute();
}
