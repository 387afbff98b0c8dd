/**
 * The WeChat Official Account channel: its residents (by openid), the messages already handled
 * (WeChat retries a push up to three times), messages held for a resident outside the 48-hour
 * customer-service window, and the access token shared by every replica.
 * Frozen in time: uses `Kysely<any>`.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('wechat_residents')
    .addColumn('openid', 'text', (c) => c.primaryKey())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text')
    .addColumn('subscribed', 'integer', (c) => c.notNull())
    .addColumn('last_message_at', 'text')
    .addColumn('flow', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('wechat_processed_messages')
    .addColumn('message_key', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('wechat_processed_messages_received')
    .on('wechat_processed_messages')
    .column('received_at')
    .execute();
  await db.schema
    .createTable('wechat_pending_messages')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('openid', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('wechat_pending_messages_openid')
    .on('wechat_pending_messages')
    .column('openid')
    .execute();
  await db.schema
    .createTable('wechat_access_tokens')
    .addColumn('app_id', 'text', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'wechat_access_tokens',
    'wechat_pending_messages',
    'wechat_processed_messages',
    'wechat_residents',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
