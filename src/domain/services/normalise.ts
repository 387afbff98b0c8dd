/**
 * Text normalisation shared by the index and the questions, so both sides compare equal forms.
 *
 * Villagers type on whatever phone they have: full-width letters from a Chinese keyboard (ＩＤ),
 * traditional characters, emoji, a voice-input transcript with no punctuation, or a whole pasted
 * notice. None of that should change which topic is found.
 */
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional.js';

/** Longest question we read in full; longer pastes keep their head and tail (see below). */
export const MAX_QUESTION_CHARS = 300;
const HEAD_CHARS = 200;

/**
 * Mongolian free variation selectors and vowel separator (U+180B–U+180F), zero-width joiners and
 * variation selectors change a glyph's shape, not the word: different keyboards insert them
 * differently, so they are dropped.
 */
const INVISIBLE = /[\u180b-\u180f]|[\u200b-\u200d]|\u2060|[\ufe00-\ufe0f]/g;

/** Everything that is not a letter, mark or digit (punctuation, emoji, symbols) separates words. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * NFKC (full-width → half-width, circled digits → digits), lowercase, traditional → simplified,
 * invisible characters removed, punctuation and emoji turned into single spaces.
 *
 * @example normalise('身份證過期了嗎？😭') // → '身份证过期了吗'
 */
export function normalise(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  let simplified = '';
  for (const ch of folded) simplified += TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
  return simplified.replace(NOT_WORD, ' ').trim();
}

/**
 * Shortens a normalised question. A long paste is usually a forwarded notice with the person's own
 * question before or after it, so the first 200 and last 100 characters are kept rather than only
 * the start. Cutting also bounds matching time, whatever arrives.
 */
export function truncateQuestion(normalised: string): string {
  const chars = [...normalised];
  if (chars.length <= MAX_QUESTION_CHARS) return normalised;
  const tail = MAX_QUESTION_CHARS - HEAD_CHARS;
  return `${chars.slice(0, HEAD_CHARS).join('')} ${chars.slice(-tail).join('')}`;
}
