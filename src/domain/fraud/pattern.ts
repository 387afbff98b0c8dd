/**
 * Rule patterns: a safe subset of regular expressions, checked before they are compiled.
 *
 * JavaScript's regex engine backtracks, so one careless rule (`(.+)+验证码`) could hang the bot
 * on a crafted 100,000-character message. Rules are written by people tuning detection, not by
 * regex experts, so the loader refuses anything that can blow up instead of trusting review:
 *
 * - no unbounded repetition (`*`, `+`, `{2,}`);
 * - bounded repetition `{m,n}` (n ≤ 30) only on a single character, class or `.`, never on a
 *   group, so quantifiers cannot nest;
 * - at most three windows in each top-level alternative (lookarounds aside), no back-references.
 *
 * What remains is literals, alternations, optional groups and short gaps, which run in time
 * proportional to the text. The shorthand `~N` means "up to N characters in the same sentence"
 * and is how rules say "these words near each other": `(转|汇)~6安全账户`.
 */

/** Characters that end a sentence; a `~N` gap never crosses them. */
export const SENTENCE_END = '。!?;\\n';

const MAX_WINDOW = 30;
const MAX_WINDOWS = 3;

/** Replaces each `~N` with a bounded within-sentence gap. */
export function expandPattern(source: string): string {
  return source.replace(/~(\d{1,2})/g, (_, n: string) => `[^${SENTENCE_END}]{0,${n}}`);
}

/**
 * Returns why an (expanded) pattern is unsafe, or null when it is fine.
 *
 * @example unsafeReason('(a+)+b') // → 'uses "+" (unbounded repetition); use ~N or {0,N}'
 */
export function unsafeReason(source: string): string | null {
  let inClass = false;
  // Open groups; lookarounds run on their own (their cost adds, it does not multiply), so
  // windows inside them are not counted towards the limit.
  const groups: Array<'group' | 'look'> = [];
  let windows = 0; // in the current top-level alternative
  // What the previous token was, to know what a quantifier applies to.
  let prev: 'atom' | 'group-end' | 'quantifier' | 'none' = 'none';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'uses a back-reference';
      i++;
      if (!inClass) prev = 'atom';
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        prev = 'atom';
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '*' || ch === '+') {
      return `uses "${ch}" (unbounded repetition); use ~N or {0,N}`;
    }
    if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return 'has a "{" that is not a bounded repetition';
      if (m[2] !== undefined && m[3] === '') return `uses "${m[0]}" (unbounded repetition)`;
      const max = Number(m[3] ?? m[1]);
      if (max > MAX_WINDOW) return `repeats up to ${max} times; the limit is ${MAX_WINDOW}`;
      if (prev === 'group-end')
        return `repeats a group with "${m[0]}"; repeat one character or class`;
      if (prev === 'quantifier') return `has a quantifier on a quantifier ("${m[0]}")`;
      if (!groups.includes('look') && ++windows > MAX_WINDOWS)
        return `has more than ${MAX_WINDOWS} windows in one alternative`;
      prev = 'quantifier';
      i += m[0].length - 1;
      continue;
    }
    if (ch === '?') {
      // `(?:`, `(?=` … are group openers, handled with '('; here "?" is an optional marker.
      prev = 'quantifier';
      continue;
    }
    if (ch === '(') {
      let kind: 'group' | 'look' = 'group';
      if (source[i + 1] === '?') {
        const mark = source.slice(i + 2, i + 4);
        if (mark.startsWith('<') && !mark.startsWith('<=') && !mark.startsWith('<!')) {
          return 'uses a named group; use (?:…)';
        }
        if (/^(?:=|!|<=|<!)/.test(mark)) kind = 'look';
        i += mark.startsWith('<') ? 3 : 2;
      }
      groups.push(kind);
      prev = 'none';
      continue;
    }
    if (ch === ')') {
      groups.pop();
      prev = 'group-end';
      continue;
    }
    if (ch === '|' && groups.length === 0) windows = 0;
    prev = ch === '|' ? 'none' : 'atom';
  }
  return inClass ? 'has an unclosed "["' : null;
}

/**
 * Expands, checks and compiles one pattern; throws an Error whose message says what to change.
 * Flags: `g` to find every occurrence, `u` for strict syntax and whole code points.
 */
export function compilePattern(source: string): RegExp {
  const expanded = expandPattern(source);
  const reason = unsafeReason(expanded);
  if (reason) throw new Error(`pattern ${JSON.stringify(source)} ${reason}`);
  try {
    return new RegExp(expanded, 'gu');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`pattern ${JSON.stringify(source)} is not a valid regular expression: ${why}`);
  }
}
