/**
 * `person_addresses.last_used_at`: when the person last wrote from a Telegram address, so a
 * scheduled tip goes to the one address its person used last (web devices and WeChat followers
 * already keep `last_seen_at` and `last_message_at`). Existing Telegram addresses start from
 * their user row's `updated_at`, the best trace of use there is. Frozen in time: uses
 * `Kysely<any>` and imports no application code.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_addresses').addColumn('last_used_at', 'text').execute();
  await sql`update person_addresses set last_used_at = (select u.updated_at from users u
    where cast(u.telegram_id as text) = person_addresses.address)
    where channel = 'telegram'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_addresses').dropColumn('last_used_at').execute();
}
