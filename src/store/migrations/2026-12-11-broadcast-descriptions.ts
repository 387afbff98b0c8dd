/**
 * Broadcasts stored as descriptions, not Telegram HTML (issue 10): `broadcasts.description` holds
 * the message described (a JSON `{ locale, message }`, message keys with variables and blocks),
 * and the Telegram sender renders it at send time. Rows queued before this migration keep their
 * rendered `text` and `parse_mode` and no description; the engine still sends those exactly as
 * stored, so an upgrade in the middle of a broadcast changes nothing any recipient sees.
 *
 * `text` stays NOT NULL (SQLite cannot relax it without rebuilding the table); a described
 * broadcast stores an empty text there.
 *
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('broadcasts').addColumn('description', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('broadcasts').dropColumn('description').execute();
}
