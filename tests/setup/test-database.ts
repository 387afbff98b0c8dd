/**
 * Gives this test run a PostgreSQL database of its own, inside the server TEST_DATABASE_URL
 * names, and drops it when the run ends.
 *
 * Why: each test store is a schema, and Kysely's migrator reads the catalogue of every schema in
 * the database (`pg_get_serial_sequence` on each table). A schema dropped meanwhile, by another
 * test file or by another run sharing the database, fails that read with "schema t_… does not
 * exist" in a test that did nothing wrong. The catalogue is per database, so in a database of
 * its own a run sees only its own schemas, and it drops none of them until it is over.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own database (see tests/setup/test-database.ts); empty when there is none. */
    runDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  project.provide('runDatabaseUrl', '');
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const name = `cunjing_run_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } catch (error) {
    console.log(
      `⚠ Could not create a database for this run (${(error as Error).message}); using ` +
        'TEST_DATABASE_URL directly. Grant CREATEDB to its user to avoid rare schema races.',
    );
    return;
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  project.provide('runDatabaseUrl', url.toString());
  return async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  };
}
