/**
 * Indexes for the queries that run on every officer command and every minute, so they stay fast
 * at a million reports: `/reports` pages (newest first per station or township), the escalation
 * sweep (only reports still waiting), the morning digest (only open reports) and `/stats` for
 * the whole county (by creation time). The partial indexes hold only the few rows those queries
 * want, so they stay small however many closed reports pile up. The waiting-reports index
 * replaces `reports_status_idx`, which kept every report ever escalated in the sweep's path.
 * Frozen in time: uses `Kysely<any>` and imports no application code.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index reports_station_id_idx on reports (station_code, id)`.execute(db);
  await sql`create index reports_township_id_idx on reports (township_code, id)`.execute(db);
  await sql`create index reports_created_idx on reports (created_at)`.execute(db);
  await sql`drop index if exists reports_status_idx`.execute(db);
  await sql`create index reports_waiting_idx on reports (colour, created_at)
    where status = 'new' and escalated_at is null`.execute(db);
  await sql`create index reports_open_idx on reports (station_code, colour, created_at)
    where status not in ('closed', 'rejected')`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'reports_station_id_idx',
    'reports_township_id_idx',
    'reports_created_idx',
    'reports_waiting_idx',
    'reports_open_idx',
  ])
    await sql`drop index if exists ${sql.ref(name)}`.execute(db);
  await sql`create index reports_status_idx on reports (status, colour, created_at)`.execute(db);
}
