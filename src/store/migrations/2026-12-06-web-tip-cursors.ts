/**
 * Where each web device stands in the awareness libraries, like `subscriptions`' cursors for
 * Telegram people, so scheduled tips walk a device through the items in order without repeats.
 * Existing rows start at the first item. Frozen in time: uses `Kysely<any>` and imports no
 * application code.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['antifraud_cursor', 'legal_cursor'])
    await db.schema
      .alterTable('web_subscriptions')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['antifraud_cursor', 'legal_cursor'])
    await db.schema.alterTable('web_subscriptions').dropColumn(column).execute();
}
