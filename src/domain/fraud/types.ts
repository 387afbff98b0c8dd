/**
 * The shapes the scam check takes in and gives back.
 *
 * `ScamCheck` is the public contract: it is exactly what `cunjing check --json` prints and what
 * the bot renders, so it stays small and stable. `ScamAnalysis` carries the working (score,
 * positions, suppressed matches) for tests, the evaluation and anyone debugging a verdict.
 */
import type { Locale } from '../locale.js';
import type { FraudTypeId } from './fraud-types.js';

/**
 * `none` means "nothing obvious found", never "safe": a new trick can pass every rule, so the
 * reply for `none` still says how to check.
 */
export type Risk = 'high' | 'suspicious' | 'none';

/**
 * What part of a scam a signal shows. Scams are recognised by combinations: who is pretended to be
 * (`claim`), what bait or fear is used (`lure`, `pressure`) and what the victim is asked to do
 * (`ask`). `channel` is a property of a phone number or link, `report` a blocklist hit.
 */
export type SignalKind = 'claim' | 'lure' | 'pressure' | 'ask' | 'channel' | 'report';

/** What the blocklist store is keyed by; values are normalised with the exported normalisers. */
export type BlocklistKind = 'phone' | 'url' | 'account';

/**
 * Looks a normalised value up in the reports store. Injected so that the domain stays free of
 * I/O; it must be synchronous and fast (an in-memory map built from the store at start-up).
 *
 * @example (kind, value) => reports.get(`${kind}:${value}`)
 */
export type BlocklistLookup = (kind: BlocklistKind, value: string) => { count: number } | undefined;

export interface CheckOptions {
  /** Language of the explanations and the advice; Chinese when absent. */
  lang?: Locale;
  blocklist?: BlocklistLookup;
}

/** One red flag as shown to the villager: the words are quoted from their own message. */
export interface SignalView {
  id: string;
  quote: string;
  explanation: string;
}

/** The public contract of a scam check (`cunjing check --json`). */
export interface ScamCheck {
  risk: Risk;
  type: string | null;
  signals: SignalView[];
  advice: string;
}

/** A signal with its working: where it was found and how much it counted. */
export interface FoundSignal extends SignalView {
  kind: SignalKind;
  weight: number;
  types: readonly FraudTypeId[];
  /** For asks: what is asked for (money, a code, a card or an ID number), when it is one of those. */
  asksFor?: 'money' | 'code' | 'card' | 'id';
  /** Range in the original message (UTF-16 offsets), so a UI can highlight it. */
  start: number;
  end: number;
}

/** A rule match that was not counted because the message warns against it ("不要透露验证码"). */
export interface SuppressedMatch {
  id: string;
  quote: string;
  reason: 'negated';
}

export interface ScamAnalysis extends ScamCheck {
  type: FraudTypeId | null;
  signals: FoundSignal[];
  score: number;
  /** Ids of the combinations that added to the score, e.g. `claim+ask`. */
  combos: string[];
  /** Quote of the anti-fraud wording that capped the verdict, when the message is a warning. */
  warning: string | null;
  suppressed: SuppressedMatch[];
  typeScores: Partial<Record<FraudTypeId, number>>;
  /** True when the message was longer than the analysed length and its end was not read. */
  truncated: boolean;
}
