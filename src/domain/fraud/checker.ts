/**
 * The scam checker: message in, verdict with quoted red flags and advice out.
 *
 * It is a factory over a loaded rule base, so tests and tools can check against their own rules
 * and the bot loads `data/fraud/` once. Pure and synchronous: the only outside call is the
 * injected blocklist lookup.
 */
import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import { findLinks } from './link.js';
import { matchRules } from './matcher.js';
import { normaliseText, originalRange } from './normalise.js';
import { findNumbers } from './numbers.js';
import type { CompiledSignal, RuleBase } from './rule-base.js';
import type { ChannelSignalId } from './schema.js';
import type { CheckOptions, FoundSignal, ScamAnalysis, ScamCheck } from './types.js';
import { decide } from './verdict.js';

/**
 * Longest text analysed. A forwarded article or chat log of 20,000 characters is read whole; past
 * this the rest is ignored, which bounds the time a crafted paste can take.
 */
export const MAX_CHECK_CHARS = 20_000;

/** Checks messages against one rule base; see `checkMessage` for the shared default. */
export interface ScamChecker {
  /** The full working: score, positions, suppressed matches, type scores. */
  analyse(text: string, options?: CheckOptions): ScamAnalysis;
  /** Exactly the public contract (`cunjing check --json`). */
  check(text: string, options?: CheckOptions): ScamCheck;
}

function truncate(text: string): string {
  if (text.length <= MAX_CHECK_CHARS) return text;
  const code = text.charCodeAt(MAX_CHECK_CHARS - 1);
  // Never cut a surrogate pair in half.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_CHECK_CHARS - 1 : MAX_CHECK_CHARS);
}

/**
 * A checker over one compiled rule base.
 *
 * @example createScamChecker(loadRuleBase(dir)).check('把钱转到安全账户').risk // → 'high'
 */
export function createScamChecker(rules: RuleBase): ScamChecker {
  function analyse(input: string, options: CheckOptions = {}): ScamAnalysis {
    const lang: Locale = options.lang ?? DEFAULT_LOCALE;
    const text = truncate(typeof input === 'string' ? input : '');
    const n = normaliseText(text, rules.variants);
    const quote = (start: number, end: number) => {
      const [a, b] = originalRange(n, start, end);
      const raw = text.slice(a, b);
      const from = a + raw.length - raw.trimStart().length;
      const words = raw.trim();
      return { quote: words, start: from, end: from + words.length };
    };
    const fromRule = (rule: CompiledSignal, start: number, end: number): FoundSignal => ({
      id: rule.id,
      kind: rule.kind,
      weight: rule.weight,
      types: rule.types,
      ...(rule.asksFor ? { asksFor: rule.asksFor } : {}),
      explanation: rule.explain[lang],
      ...quote(start, end),
    });
    const fromChannel = (id: ChannelSignalId, start: number, end: number, count = 0) => {
      const def = rules.channels.signals[id];
      const explanation = def.explain[lang].replaceAll('{count}', String(count));
      const kind = id.startsWith('reported-') ? ('report' as const) : ('channel' as const);
      return { id, kind, weight: def.weight, types: [], explanation, ...quote(start, end) };
    };

    const matched = matchRules(n.text, rules);
    const signals: FoundSignal[] = matched.matches.map((m) => fromRule(m.rule, m.start, m.end));
    const lookup = options.blocklist;
    for (const num of findNumbers(n.text, rules.channels.phones.virtualPrefixes)) {
      if (num.signal) signals.push(fromChannel(num.signal, num.start, num.end));
      const hit = lookup?.(num.kind, num.key);
      if (hit && hit.count > 0) {
        const id = num.kind === 'phone' ? 'reported-phone' : 'reported-account';
        signals.push(fromChannel(id, num.start, num.end, hit.count));
      }
    }
    const original = (start: number, end: number) => quote(start, end).quote;
    for (const link of findLinks(n.text, original, rules)) {
      for (const id of link.signals) signals.push(fromChannel(id, link.start, link.end));
      const hit = lookup?.('url', link.key) ?? lookup?.('url', link.hostKey);
      if (hit && hit.count > 0) {
        signals.push(fromChannel('reported-url', link.start, link.end, hit.count));
      }
    }

    const seen = new Set<string>();
    const unique = signals
      .sort((a, b) => a.start - b.start || b.weight - a.weight)
      .filter((s) => !seen.has(s.id) && seen.add(s.id));
    const verdict = decide(unique, rules, matched.warning !== null);
    return {
      ...verdict,
      signals: unique,
      advice: rules.advice[verdict.risk][lang],
      warning: matched.warning ? quote(matched.warning.start, matched.warning.end).quote : null,
      suppressed: matched.negated.map((m) => ({
        id: m.rule.id,
        quote: quote(m.start, m.end).quote,
        reason: 'negated' as const,
      })),
      truncated: text.length < (typeof input === 'string' ? input.length : 0),
    };
  }

  function check(text: string, options?: CheckOptions): ScamCheck {
    const a = analyse(text, options);
    return {
      risk: a.risk,
      type: a.type,
      signals: a.signals.map(({ id, quote, explanation }) => ({ id, quote, explanation })),
      advice: a.advice,
    };
  }

  return { analyse, check };
}
