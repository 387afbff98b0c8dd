/**
 * The append-only audit log: who did what to what, and when. Officer actions, refused attempts
 * and forged button presses all land here. The table refuses updates and deletes by trigger.
 */
import type { Db } from './database.js';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  at: string;
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export async function listAudit(
  db: Db,
  filter: { subject?: string; action?: string; limit?: number } = {},
): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'asc')
    .limit(filter.limit ?? 100);
  if (filter.subject) query = query.where('subject', '=', filter.subject);
  if (filter.action) query = query.where('action', '=', filter.action);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}
