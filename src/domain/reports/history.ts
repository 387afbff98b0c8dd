/**
 * What happened to a report after it was filed, as officers in scope read it: their notes, their
 * replies and questions to the reporter, and everything the reporter added (text and files).
 * Only officers are named; a reporter's entries say "the reporter", never who, so an anonymous
 * report stays anonymous on the card, in /reports and in the export.
 */

export type HistoryKind = 'note' | 'reply' | 'ask' | 'addition' | 'evidence';

export interface HistoryEntry {
  at: string;
  kind: HistoryKind;
  /** The officer who wrote it; null for the reporter's entries. */
  officer: string | null;
  /** The words, or for `evidence` the kind of file (photo, video, document). */
  text: string;
}

export interface StoredEvent {
  at: string;
  type: string;
  body: string | null;
  officerName: string | null;
}

const OFFICER_KINDS: Record<string, HistoryKind> = {
  note: 'note',
  reply: 'reply',
  info_request: 'ask',
};

/** Stored history rows, as entries; status changes and the like are left out (the card shows those). */
export function toHistory(events: StoredEvent[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const e of events) {
    const officerKind = OFFICER_KINDS[e.type];
    if (officerKind) {
      // The blocklist button leaves a machine note; it is not something an officer wrote.
      if (e.type === 'note' && e.body?.startsWith('blocklist:')) continue;
      out.push({ at: e.at, kind: officerKind, officer: e.officerName ?? '', text: e.body ?? '' });
    } else if (e.type === 'reporter_info') {
      // Older additions carried files inline as `[file:<id>]`: shown as a file, never the id.
      const body = e.body ?? '';
      const files = body.match(/\[file:[^\]]*\]/g)?.length ?? 0;
      const text = body.replace(/\s*\[file:[^\]]*\]/g, '').trim();
      if (text) out.push({ at: e.at, kind: 'addition', officer: null, text });
      for (let i = 0; i < files; i++)
        out.push({ at: e.at, kind: 'evidence', officer: null, text: 'photo' });
    } else if (e.type === 'reporter_evidence') {
      out.push({ at: e.at, kind: 'evidence', officer: null, text: e.body ?? 'photo' });
    }
  }
  return out;
}
