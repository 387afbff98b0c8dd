/**
 * Versioned migrations, run at start-up and by `cunjing migrate`. Each migration is a dated file
 * in `migrations/`; they are listed here explicitly so the set is the same in every build.
 */
import {
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  PostgresAdapter,
  sql,
} from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/2026-11-23-foundation.js';
import * as officerQuestions from './migrations/2026-11-24-officer-questions.js';
import * as reports from './migrations/2026-11-25-reports.js';
import * as broadcasts from './migrations/2026-11-26-broadcasts.js';
import * as blocklist from './migrations/2026-11-27-blocklist.js';
import * as subscriptions from './migrations/2026-11-28-subscriptions.js';
import * as broadcastRequests from './migrations/2026-11-29-broadcast-requests.js';
import * as answerFeedback from './migrations/2026-12-02-answer-feedback.js';
import * as privacyAndLeases from './migrations/2026-12-02-privacy-and-leases.js';
import * as reportIndexes from './migrations/2026-12-02-report-indexes.js';
import * as webResidents from './migrations/2026-12-03-web-residents.js';
import * as wechat from './migrations/2026-12-03-wechat.js';
import * as notices from './migrations/2026-12-04-notices.js';
import * as webQuestions from './migrations/2026-12-05-web-questions.js';
import * as webSubscriptions from './migrations/2026-12-05-web-subscriptions.js';
import * as wechatWebLinks from './migrations/2026-12-05-wechat-web-links.js';
import * as sms from './migrations/2026-12-06-sms.js';
import * as webPush from './migrations/2026-12-06-web-push.js';
import * as webTipCursors from './migrations/2026-12-06-web-tip-cursors.js';
import * as wechatChoices from './migrations/2026-12-06-wechat-choices.js';
import * as people from './migrations/2026-12-07-people.js';
import * as wechatMedia from './migrations/2026-12-07-wechat-media.js';
import * as personSubscriptions from './migrations/2026-12-08-person-subscriptions.js';
import * as reporterPersons from './migrations/2026-12-08-reporter-persons.js';
import * as smsCodeRequester from './migrations/2026-12-08-sms-code-requester.js';
import * as personSettings from './migrations/2026-12-09-person-settings.js';
import * as wechatTipCursors from './migrations/2026-12-10-wechat-tip-cursors.js';
import * as broadcastDescriptions from './migrations/2026-12-11-broadcast-descriptions.js';
import * as placesVersion from './migrations/2026-12-11-places-version.js';
import * as addressLastUsed from './migrations/2026-12-12-address-last-used.js';
import * as officerPersons from './migrations/2026-12-13-officer-persons.js';

const migrations: Record<string, Migration> = {
  '2026-11-23-foundation': foundation,
  '2026-11-24-officer-questions': officerQuestions,
  '2026-11-25-reports': reports,
  '2026-11-26-broadcasts': broadcasts,
  '2026-11-27-blocklist': blocklist,
  '2026-11-28-subscriptions': subscriptions,
  '2026-11-29-broadcast-requests': broadcastRequests,
  '2026-12-02-report-indexes': reportIndexes,
  '2026-12-02-privacy-and-leases': privacyAndLeases,
  '2026-12-02-answer-feedback': answerFeedback,
  '2026-12-03-web-residents': webResidents,
  '2026-12-03-wechat': wechat,
  '2026-12-04-notices': notices,
  '2026-12-05-wechat-web-links': wechatWebLinks,
  '2026-12-05-web-subscriptions': webSubscriptions,
  '2026-12-05-web-questions': webQuestions,
  '2026-12-06-web-push': webPush,
  '2026-12-06-web-tip-cursors': webTipCursors,
  '2026-12-06-sms': sms,
  '2026-12-06-wechat-choices': wechatChoices,
  '2026-12-07-wechat-media': wechatMedia,
  '2026-12-07-people': people,
  '2026-12-08-sms-code-requester': smsCodeRequester,
  '2026-12-08-person-subscriptions': personSubscriptions,
  '2026-12-08-reporter-persons': reporterPersons,
  '2026-12-09-person-settings': personSettings,
  '2026-12-10-wechat-tip-cursors': wechatTipCursors,
  '2026-12-11-broadcast-descriptions': broadcastDescriptions,
  '2026-12-11-places-version': placesVersion,
  '2026-12-12-address-last-used': addressLastUsed,
  '2026-12-13-officer-persons': officerPersons,
};

/** Every migration this version knows, for checking a backup before it is restored. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: async () => migrations };

async function migratorFor(db: Db): Promise<Migrator> {
  // Name the schema explicitly: Kysely otherwise looks for its bookkeeping tables in every
  // schema, and finds another deployment's (or test's) tables in a shared database.
  const migrationTableSchema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  return new Migrator({
    db,
    provider,
    // Branches developed side by side add migrations with the same date, so a database may have
    // run a later-sorting one (2026-12-05-wechat-web-links) before an earlier-sorting one that
    // arrived with the next merge (2026-12-05-web-questions). Each migration creates its own
    // tables and never depends on another of the same day, so the missing ones are simply run.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Migration "${failed}" failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema to the latest version; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return applied(await (await migratorFor(db)).migrateToLatest());
}

/**
 * Brings the schema up to (and including) one named migration: for tests that fill a database
 * as an older version left it and then check that the later migrations keep every row.
 */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  if (!MIGRATION_NAMES.includes(name)) throw new Error(`No migration named "${name}"`);
  return applied(await (await migratorFor(db)).migrateTo(name));
}
