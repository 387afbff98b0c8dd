/**
 * From signals to a verdict: score, risk level and fraud type.
 *
 * One red flag is rarely proof: a real officer says 公安局, a real bank sends 验证码, a real
 * grandson asks for money. What marks a scam is the combination of who is pretended to be
 * (`claim`), a bait or fear (`lure`, `pressure`) and an instruction to act (`ask`). So the score
 * adds the signals' weights plus a bonus for each such combination (listed in `rules.yaml`; weak
 * hints below `comboMinWeight` do not combine), and
 * `high` additionally needs a real `ask` (weight ≥ `comboMinWeight`): without something to do,
 * there is nothing to lose yet.
 * Numbers and links alone therefore never reach `high`, and an anti-fraud warning is capped at
 * `suspicious`.
 *
 * Two facts decide without arithmetic, because each is how real losses begin:
 * - someone impersonating an authority, a relative or a company (a claim of at least
 *   `decisive.claimMinWeight`, a look-alike link, or a sender who cannot be checked: a new
 *   number, no phone calls, `decisive.identity`) asks for money, a code, a card or an ID number
 *   (an ask with `asksFor`): `high`;
 * - a bait of at least `decisive.lureMinWeight` (a subsidy to claim, a prize, a refund) comes
 *   with such an ask: `high`, the bait is there only to make the hand-over look worth it;
 * - a number, link or account that officers confirmed as fraud (the county blocklist): `high`;
 * - an official or a company (`decisive.offChannel`) frightens the villager (a frozen or suspect
 *   account, a crime, a credit record) and sends them to a private chat, an app, a screen share or
 *   a link: `high`. No office settles such things there; that is where the money is taken next.
 * A genuine warning stays below `high`, and when it asks for nothing it is not flagged at all.
 */
import { FRAUD_TYPE_IDS, type FraudTypeId } from './fraud-types.js';
import type { RuleBase } from './rule-base.js';
import type { FoundSignal, Risk, SignalKind } from './types.js';

/** The verdict part of an analysis (everything but the signals, advice and working). */
export interface Verdict {
  risk: Risk;
  score: number;
  combos: string[];
  type: FraudTypeId | null;
  typeScores: Partial<Record<FraudTypeId, number>>;
}

/** Links that imitate a government or brand site: an impersonation in the address itself. */
const LOOKALIKE_LINKS = new Set(['link-lookalike-gov', 'link-lookalike-brand']);

/** Signals counted once per id, whatever number of times their words occur. */
function distinct(signals: readonly FoundSignal[]): FoundSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/**
 * The type with the most evidence. A signal pointing at several types splits its weight; claims
 * (who is impersonated) count more, as configured in `typing`.
 */
function chooseType(signals: readonly FoundSignal[], rules: RuleBase) {
  const scores: Partial<Record<FraudTypeId, number>> = {};
  for (const s of signals) {
    if (s.types.length === 0) continue;
    const factor = rules.typing[s.kind as keyof RuleBase['typing']] ?? 1;
    for (const t of s.types) scores[t] = (scores[t] ?? 0) + (s.weight * factor) / s.types.length;
  }
  let best: FraudTypeId | null = null;
  for (const t of FRAUD_TYPE_IDS) {
    if ((scores[t] ?? 0) > (best === null ? 0 : (scores[best] ?? 0))) best = t;
  }
  return { best, scores };
}

/**
 * Scores the signals found in one message (each id once) and turns the score into a risk level
 * and a fraud type. `warning` is true when the message is an anti-fraud notice.
 */
export function decide(found: readonly FoundSignal[], rules: RuleBase, warning: boolean): Verdict {
  const signals = distinct(found);
  const strong = signals.filter((s) => s.weight >= rules.comboMinWeight);
  const strongKinds = new Set<SignalKind>(strong.map((s) => s.kind));
  // A sender claims one identity ("县公安局的民警" matches both a generic and a police claim), and
  // one address can show several flaws (look-alike name *and* odd ending): each is one hint, so
  // only the strongest claim and the strongest channel signal count.
  const strongest = (kind: SignalKind) =>
    Math.max(0, ...signals.filter((s) => s.kind === kind).map((s) => s.weight));
  let score = strongest('claim') + strongest('channel');
  for (const s of signals) if (s.kind !== 'channel' && s.kind !== 'claim') score += s.weight;
  const combos: string[] = [];
  for (const combo of rules.combos) {
    if (combo.kinds.every((k) => strongKinds.has(k))) {
      score += combo.bonus;
      combos.push(combo.id);
    }
  }
  if (warning) score -= rules.warnings.penalty;
  score = Math.round(score * 100) / 100;

  const { high, suspicious } = rules.thresholds;
  const impersonates = signals.some(
    (s) =>
      (s.kind === 'claim' && s.weight >= rules.decisive.claimMinWeight) ||
      LOOKALIKE_LINKS.has(s.id) ||
      rules.decisive.identity.includes(s.id),
  );
  const handsOver = signals.some((s) => s.kind === 'ask' && s.asksFor !== undefined);
  const reported = signals.some((s) => s.kind === 'report');
  const lureMin = rules.decisive.lureMinWeight;
  const baited = lureMin !== undefined && strongest('lure') >= lureMin;
  const off = rules.decisive.offChannel;
  const sendsOffChannel =
    off !== undefined &&
    signals.some((s) => off.claims.includes(s.id)) &&
    signals.some((s) => off.asks.includes(s.id)) &&
    signals.some((s) => s.kind === 'pressure' && s.weight >= off.pressureMinWeight);
  let risk: Risk = 'none';
  if (warning) {
    // A notice that asks for nothing is the police talking; one that also asks is capped.
    // It may still quote a number officers confirmed: worth a second look, never high.
    if ((score >= suspicious && strongKinds.has('ask')) || reported) risk = 'suspicious';
  } else if (reported || ((impersonates || baited) && handsOver) || sendsOffChannel) risk = 'high';
  else if (score >= high && strongKinds.has('ask')) risk = 'high';
  else if (score >= suspicious) risk = 'suspicious';

  const { best, scores } = chooseType(signals, rules);
  let type: FraudTypeId | null = null;
  if (risk !== 'none') type = best ?? (risk === 'high' ? 'other' : null);
  return { risk, score, combos, type, typeScores: scores };
}
