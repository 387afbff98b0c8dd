/**
 * What a point ledger line is for, read back from its stored words. An award is stored as the
 * reason in the words of the officer who pressed 🎁 (`有用线索 R-…`, `useful clue R-…`), followed by
 * the report's reference unless the report was anonymous on the web or retention cut the link; a
 * redemption is stored as the item the shop officer typed. Reading the reason back against its
 * words in every language lets each resident see it in their own, whoever awarded it and when.
 *
 * @example
 * readLedgerReason('useful clue R-20261204-0001', { clue: ['有用线索', 'useful clue'], mediation: [] });
 * // → { kind: 'award', reason: 'clue', reference: 'R-20261204-0001' }
 */

/** Why an officer gives points for a report (the 🎁 buttons on a report card). */
export const POINTS_REASONS = ['clue', 'mediation'] as const;
export type PointsReason = (typeof POINTS_REASONS)[number];

/** Each reason's words in every language the service speaks. */
export type ReasonWords = Record<PointsReason, readonly string[]>;

export type LedgerReason =
  | { kind: 'award'; reason: PointsReason; reference: string }
  /** Anything else (a redeemed item, a row written by hand) is shown as it was typed. */
  | { kind: 'text'; text: string };

export function readLedgerReason(stored: string, words: ReasonWords): LedgerReason {
  const text = stored.trim();
  // The longest words first, so a reason whose words begin another's is never mistaken for it.
  const candidates = POINTS_REASONS.flatMap((reason) =>
    words[reason].filter((w) => w.trim()).map((w) => ({ reason, word: w.trim() })),
  ).sort((a, b) => b.word.length - a.word.length);
  for (const { reason, word } of candidates) {
    if (text === word) return { kind: 'award', reason, reference: '' };
    if (text.startsWith(`${word} `))
      return { kind: 'award', reason, reference: text.slice(word.length).trim() };
  }
  return { kind: 'text', text };
}
