/**
 * A report's history as its reporter reads it: when it was filed, each status it moved to, what
 * officers replied or asked them to add, and what they added themselves. Officers' internal
 * notes, the alert colour, points and blocklist entries are the police's own business and are
 * left out; no officer is named.
 */
import type { StoredEvent } from './history.js';
import { isStatus, type ReportStatus } from './status.js';

export type ReporterEntry =
  | { at: string; kind: 'filed' }
  | { at: string; kind: 'status'; status: ReportStatus }
  | { at: string; kind: 'reply' | 'ask' | 'addition'; text: string }
  /** A file the reporter added: photo, video or document. */
  | { at: string; kind: 'evidence'; file: string };

export function toReporterHistory(events: Omit<StoredEvent, 'officerName'>[]): ReporterEntry[] {
  const out: ReporterEntry[] = [];
  for (const e of events) {
    const body = e.body ?? '';
    switch (e.type) {
      case 'created':
        out.push({ at: e.at, kind: 'filed' });
        break;
      case 'status':
        if (isStatus(body)) out.push({ at: e.at, kind: 'status', status: body });
        break;
      case 'reply':
        out.push({ at: e.at, kind: 'reply', text: body });
        break;
      case 'info_request':
        out.push({ at: e.at, kind: 'ask', text: body });
        break;
      case 'reporter_info': {
        // Older additions carried files inline as `[file:<id>]`: shown as a file, never the id.
        const files = body.match(/\[file:[^\]]*\]/g)?.length ?? 0;
        const text = body.replace(/\s*\[file:[^\]]*\]/g, '').trim();
        if (text) out.push({ at: e.at, kind: 'addition', text });
        for (let i = 0; i < files; i++) out.push({ at: e.at, kind: 'evidence', file: 'photo' });
        break;
      }
      case 'reporter_evidence':
        out.push({ at: e.at, kind: 'evidence', file: body || 'photo' });
        break;
    }
  }
  return out;
}

/** Whether the last thing an officer said is a question the reporter has not answered yet. */
export function awaitsAnswer(entries: ReporterEntry[]): boolean {
  for (let i = entries.length - 1; i >= 0; i--) {
    const kind = entries[i]?.kind;
    if (kind === 'ask') return true;
    if (kind === 'addition' || kind === 'evidence') return false;
  }
  return false;
}
