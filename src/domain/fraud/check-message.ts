/**
 * `checkMessage`: the scam check with the project's own rule base.
 *
 * The rule base in `data/fraud/` is loaded and compiled on the first call and kept for the life
 * of the process (it is read-only), so callers need no set-up. Code that wants other rules, or to
 * fail at start-up rather than on the first message, uses `loadRuleBase` + `createScamChecker`.
 */
import { createScamChecker, type ScamChecker } from './checker.js';
import { loadRuleBase } from './rule-base.js';
import type { CheckOptions, ScamAnalysis, ScamCheck } from './types.js';

let shared: ScamChecker | undefined;

/** The checker over `data/fraud/`, compiled once. Throws `RuleFileError` if the files are bad. */
export function defaultScamChecker(): ScamChecker {
  shared ??= createScamChecker(loadRuleBase());
  return shared;
}

/**
 * Checks a forwarded or pasted message (text, photo caption, phone number or link).
 *
 * @example
 * checkMessage('我是县公安局民警，你涉嫌洗钱，把存款转到安全账户配合调查', { lang: 'zh-CN' })
 * // → { risk: 'high', type: 'impersonate-authority',
 * //     signals: [{ id: 'claim-police', quote: '公安', explanation: '自称公安…' }, …],
 * //     advice: '不要转账…' }
 */
export function checkMessage(text: string, options?: CheckOptions): ScamCheck {
  return defaultScamChecker().check(text, options);
}

/** Like `checkMessage`, with the working: score, positions, combinations, type scores. */
export function analyseMessage(text: string, options?: CheckOptions): ScamAnalysis {
  return defaultScamChecker().analyse(text, options);
}
