/**
 * The migrator lists tables before it takes its lock. On PostgreSQL that read must not fail when
 * another replica (or another schema's migration) commits DDL at the same moment: CI failed with
 * `Migration "unknown" failed: column "user_id" of relation "point_balances" does not exist`.
 * The race is made deterministic here: the reader's snapshot is taken, then a column is dropped
 * and committed elsewhere, then the reader lists the tables.
 */
import { PostgresIntrospector, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStore, TEST_DATABASE_URL, type TestStore } from '../helpers/store.js';

describe.runIf(TEST_DATABASE_URL)('listing tables on postgres', () => {
  let store: TestStore;
  afterEach(() => store.cleanup());

  it('reads its own schema as of its snapshot while another connection drops a column', async () => {
    store = await createTestStore('postgres', { seed: false });
    await sql`create table probe (id serial primary key, note text)`.execute(store.db);
    const other = new pg.Client({ connectionString: store.url });
    await other.connect();
    try {
      await store.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          await sql`select 1`.execute(trx); // the snapshot is taken here
          await other.query('alter table probe drop column note');

          const tables = await trx.introspection.getTables();
          const probe = tables.find((t) => t.name === 'probe');
          expect(probe?.columns.map((c) => [c.name, c.isAutoIncrementing])).toEqual([
            ['id', true],
            ['note', false],
          ]);
          expect(new Set(tables.map((t) => t.schema)).size).toBe(1);
          expect(tables.map((t) => t.name)).toContain('reports');
          expect(tables.map((t) => t.name)).not.toContain('kysely_migration');

          // Kysely's own introspector fails on exactly this interleaving.
          await expect(new PostgresIntrospector(trx).getTables()).rejects.toThrow(
            /column "note" of relation "probe" does not exist/,
          );
        })
        .catch((error: Error) => {
          // The expected failure above aborts the transaction; only that may end it.
          if (!/current transaction is aborted/.test(error.message)) throw error;
        });
    } finally {
      await other.end();
    }
  });
});
