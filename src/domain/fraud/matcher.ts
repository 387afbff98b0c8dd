/**
 * Running the text rules over a normalised message, minding warnings and negations.
 *
 * The same words appear in scams and in the warnings against them: "把钱转到安全账户" is a scam,
 * "公安机关没有安全账户" and "不要向任何人透露验证码" are the police talking. So a match only
 * counts if its own clause does not negate it (不要, 切勿, 没有, 谨防 … before it; 是诈骗, 是骗局 …
 * after it), and a message with anti-fraud wording (反诈, 96110, 谨防…) is marked as a warning,
 * which caps its verdict. Both word lists are data in `rules.yaml`.
 */
import type { CompiledSignal, RuleBase } from './rule-base.js';

/** Where one rule matched. */
export interface RuleMatch {
  rule: CompiledSignal;
  /** Range in the normalised text. */
  start: number;
  end: number;
}

/** What the text rules found in one message. */
export interface MatchResult {
  /** The first counted match of each rule that matched. */
  matches: RuleMatch[];
  /** The first negated match of each rule that only matched negated. */
  negated: RuleMatch[];
  /** Where anti-fraud wording was found, if anywhere. */
  warning: { start: number; end: number } | null;
}

/** Clause boundaries after normalisation (full-width punctuation has become ASCII). */
const CLAUSE_BREAK = new Set([...'。!?;\n,，:']);
const SENTENCE_BREAK = new Set([...'。!?;\n']);

/** How much further back a negation is looked for before a match written in Latin letters. */
const LATIN_WINDOW_FACTOR = 6;

/** Negations followed per rule before giving up; bounds work on adversarial input. */
const MAX_NEGATED_TRIES = 50;

function clauseStart(text: string, from: number, window: number): number {
  let i = from;
  while (i > 0 && from - i < window && !CLAUSE_BREAK.has(text[i - 1] as string)) {
    // An English full stop ends a clause too (". "), but not the dot in a link or a number.
    if (text[i - 1] === ' ' && text[i - 2] === '.') break;
    i--;
  }
  return i;
}

function sentenceEnd(text: string, from: number, window: number): number {
  let i = from;
  while (i < text.length && i - from < window && !SENTENCE_BREAK.has(text[i] as string)) i++;
  return i;
}

/**
 * Whether a match is negated: by a word before it in its own clause ("切勿透露验证码") or by a
 * verdict later in its sentence ("要你转到安全账户、共享屏幕的，都是诈骗").
 */
export function isNegated(text: string, start: number, end: number, rules: RuleBase): boolean {
  const { afterWindow, before, after } = rules.negation;
  // English spends about three letters where Chinese spends one character: "will never ask you
  // for" is one clause, so a match in Latin letters looks three times as far back.
  const latin = text.charCodeAt(start) < 0x80;
  const window = latin ? rules.negation.window * LATIN_WINDOW_FACTOR : rules.negation.window;
  before.lastIndex = 0;
  if (before.test(text.slice(clauseStart(text, start, window), end))) return true;
  after.lastIndex = 0;
  return after.test(text.slice(end, sentenceEnd(text, end, afterWindow)));
}

function firstCounted(text: string, rule: CompiledSignal, rules: RuleBase) {
  let negated: RuleMatch | null = null;
  let tries = 0;
  for (const re of rule.regexes) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) re.lastIndex++;
      if (!rule.negatable || !isNegated(text, start, end, rules)) {
        return { counted: { rule, start, end }, negated };
      }
      negated ??= { rule, start, end };
      if (++tries >= MAX_NEGATED_TRIES) break;
    }
  }
  return { counted: null, negated };
}

/**
 * Runs every text rule once over normalised text: the first counted match per rule, the first
 * negated one for rules that only matched negated, and the position of any anti-fraud wording.
 */
export function matchRules(text: string, rules: RuleBase): MatchResult {
  const matches: RuleMatch[] = [];
  const negated: RuleMatch[] = [];
  for (const rule of rules.signals) {
    const found = firstCounted(text, rule, rules);
    if (found.counted) matches.push(found.counted);
    else if (found.negated) negated.push(found.negated);
  }
  let warning: MatchResult['warning'] = null;
  for (const re of rules.warnings.regexes) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (warning === null || m.index < warning.start)) {
      warning = { start: m.index, end: m.index + m[0].length };
    }
  }
  return { matches, negated, warning };
}
