/**
 * A database that ran a migration merged earlier (2026-12-05-wechat-web-links) but not the ones
 * of the same day that sort before it and arrived later (2026-12-05-web-questions and
 * -web-subscriptions) is brought up to date, instead of refusing to start.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const LATER = ['2026-12-05-web-questions', '2026-12-05-web-subscriptions'];

describe.each(ENGINES)('migrations merged out of order on %s', (engine) => {
  let store: TestStore;
  afterEach(() => store.cleanup());

  it('runs the missing earlier-sorting migrations and keeps the rest', async () => {
    store = await createTestStore(engine);
    // As the database was before the web migrations were merged.
    await store.db.schema.dropTable('web_question_askers').execute();
    await store.db.schema.dropTable('web_subscriptions').execute();
    await sql`delete from kysely_migration where name in (${sql.join(LATER)})`.execute(store.db);

    expect(await migrateToLatest(store.db)).toEqual(LATER);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['web_question_askers', 'web_subscriptions']));
    expect(await migrateToLatest(store.db)).toEqual([]);
  });
});
