/**
 * A report's history as lines of plain text, for the card, the /reports detail and the export:
 * the same words everywhere, times on the county's clock, reporters never named.
 */
import { type HistoryEntry, toHistory } from '../../domain/reports/history.js';
import { wallClock } from '../../domain/time/county-day.js';
import type { Db } from '../../store/database.js';
import { historyEvents } from '../../store/report-history.repository.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "2026-12-03 10:15" on the county's clock. */
export function countyTime(at: string, timeZone: string): string {
  return wallClock(new Date(at), timeZone).toISOString().slice(0, 16).replace('T', ' ');
}

export async function historyOf(db: Db, reportId: number): Promise<HistoryEntry[]> {
  return toHistory((await historyEvents(db, [reportId])).get(reportId) ?? []);
}

/** Histories of a page of reports at once (the export), keyed by report id. */
export async function historiesOf(db: Db, ids: number[]): Promise<Map<number, HistoryEntry[]>> {
  const out = new Map<number, HistoryEntry[]>();
  for (const [id, events] of await historyEvents(db, ids)) out.set(id, toHistory(events));
  return out;
}

export function historyLine(
  e: HistoryEntry,
  t: Translate,
  timeZone: string,
  maxText = 2000,
): string {
  const text = e.text.length > maxText ? `${e.text.slice(0, maxText)}…` : e.text;
  return t(`history-${e.kind}`, {
    at: countyTime(e.at, timeZone),
    officer: e.officer ?? '',
    text,
    kind: e.kind === 'evidence' ? t(`evidence-kind-${e.text}`) : '',
  });
}

/** The newest `keep` entries as lines, and a line saying how many older ones were left out. */
export function historyLines(
  entries: HistoryEntry[],
  t: Translate,
  timeZone: string,
  options: { keep: number; maxText: number },
): string[] {
  const shown = entries.slice(-options.keep);
  const lines = shown.map((e) => historyLine(e, t, timeZone, options.maxText));
  const older = entries.length - shown.length;
  return older > 0 ? [t('history-more', { count: older }), ...lines] : lines;
}
