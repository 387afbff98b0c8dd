/**
 * Turns normalised text into index terms, for questions and knowledge-base text alike.
 *
 * Chinese has no spaces, and the segmenter built into Node (`Intl.Segmenter`, ICU's dictionary)
 * splits finely and not always the way the knowledge base was written (身份|证, 补|办). So each run
 * of Chinese yields three kinds of term:
 *   - `b:` character bigrams, the workhorse: 身份证 → 身份, 份证. They match whatever the segmenter
 *     did, and BM25's IDF sorts the meaningful pairs (挂失) from the generic ones (怎么).
 *   - `u:` single characters, weak but a safety net for one-character words (偷, 骗, 捡).
 *   - `w:` whole words of three or more characters (派出所, 三轮车), a bonus for an exact word.
 * Other scripts (English, Mongolian, Cyrillic, digits like 12123) give `e:` word terms, English
 * ones lightly stemmed. The segmenter's words are also kept as *units*: the pieces of a question
 * whose coverage decides how sure the matcher is.
 */
import {
  CHINESE_STOPWORDS,
  ENGLISH_STOPWORDS,
  PLACE_SUFFIXES,
  STOP_SPLITTER,
} from './stopwords.js';

/** A meaningful piece of a question, and the terms that show a document contains it. */
export interface Unit {
  text: string;
  evidence: string[];
  /** How many of `evidence` a document must contain for the unit to count as covered. */
  need: number;
}

export interface Tokens {
  /** Index terms, with repeats (term frequency matters). */
  terms: string[];
  units: Unit[];
}

const RUN = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits already-normalised text (see `normalise`) into terms and units. */
export function tokenise(text: string): Tokens {
  const out: Tokens = { terms: [], units: [] };
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (HAN.test(run)) for (const part of run.split(STOP_SPLITTER)) addHan(part, out);
    else for (const word of splitAlnum(run)) addWord(word, out);
  }
  return out;
}

function addHan(run: string, out: Tokens): void {
  let span: string[] = [];
  let singles: string[] = [];
  const flushSingles = () => {
    if (singles.length > 0) out.units.push(hanUnit(singles.join(''), singles, 3));
    singles = [];
  };
  const flush = () => {
    flushSingles();
    for (let i = 0; i + 1 < span.length; i++) out.terms.push(`b:${span[i]}${span[i + 1]}`);
    span = [];
  };
  for (const { segment } of segmenter.segment(run)) {
    if (CHINESE_STOPWORDS.has(segment) || PLACE_SUFFIXES.has(segment)) {
      flush();
      continue;
    }
    const chars = [...segment];
    span.push(...chars);
    for (const ch of chars) out.terms.push(`u:${ch}`);
    if (chars.length >= 3) out.terms.push(`w:${segment}`);
    // The segmenter splits words it does not know into single characters (年|检, 驾|校); a run
    // of them is kept together as one unit so it is judged by its bigrams, not by loose chars.
    if (chars.length === 1) singles.push(segment);
    else {
      flushSingles();
      out.units.push(hanUnit(segment, chars));
    }
  }
  flush();
}

/**
 * A unit covered when `1/share` of its bigrams are found. A dictionary word needs half; a run of
 * single characters the segmenter could not place (证开具准迁证) is often several words, so a
 * third will do.
 */
function hanUnit(text: string, chars: string[], share = 2): Unit {
  if (chars.length === 1) return { text, evidence: [`u:${text}`], need: 1 };
  const evidence: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) evidence.push(`b:${chars[i]}${chars[i + 1]}`);
  return { text, evidence, need: Math.ceil(evidence.length / share) };
}

function addWord(word: string, out: Tokens): void {
  if (ENGLISH_STOPWORDS.has(word)) return;
  // A lone Latin letter is noise (a typo, an initial, "A市" in an anonymised address).
  if (word.length < 2 && /[a-z]/.test(word)) return;
  const term = `e:${stem(word)}`;
  out.terms.push(term);
  out.units.push({ text: word, evidence: [term], need: 1 });
}

/** "12123app" → "12123", "app"; short codes such as "c1" (a licence class) stay whole. */
function splitAlnum(run: string): string[] {
  if (run.length <= 3) return [run];
  return run.split(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u).filter((w) => w.length > 0);
}

/**
 * British spellings and the word families the service texts use, folded into one form so that
 * "licence"/"license" and "renewal"/"renew" meet. Applied before the suffix rules below.
 */
const FAMILIES: ReadonlyMap<string, string> = new Map([
  ['licence', 'license'],
  ['licences', 'license'],
  ['licenced', 'license'],
  ['driver', 'drive'],
  ['drivers', 'drive'],
  ['renewal', 'renew'],
  ['registration', 'register'],
  ['replacement', 'replace'],
  ['inspection', 'inspect'],
  ['application', 'apply'],
  ['violation', 'violate'],
  ['tyre', 'tire'],
]);

/**
 * A deliberately small English stemmer: plurals, -ing, -ed and a final e. The English questions
 * are short and the vocabulary is narrow, so Porter's full rules would add more surprises
 * (news → new) than matches.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let w = FAMILIES.get(word) ?? word;
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    w = w.slice(0, -1);
  }
  w = FAMILIES.get(w) ?? w;
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}
