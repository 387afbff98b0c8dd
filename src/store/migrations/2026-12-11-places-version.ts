/**
 * A counter that `cunjing villages import` raises in its transaction, so a running bot (another
 * process) notices new places within a second by reading one number, instead of reading the
 * village's rows on every update. Frozen in time: uses `Kysely<any>` and imports no application
 * code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('county')
    .addColumn('places_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('county').dropColumn('places_version').execute();
}
