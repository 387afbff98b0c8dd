/**
 * Measuring the scam check on labelled messages: the figures `npm run eval:scam` prints and the
 * probe-set test asserts, computed one way so the two never disagree.
 *
 * Rules are tuned on one half of the development set only and checked on the other. The split is
 * by a hash of the text, so it is stable across runs and machines, and a row cannot move between
 * halves when the file is reordered.
 */
import { createHash } from 'node:crypto';
import type { ScamAnalysis } from './types.js';

export interface LabelledMessage {
  text: string;
  label: 'fraud' | 'benign';
  /** A fraud-types id, or '' when unknown. */
  type: string;
  /**
   * Whether the message asks for money, a code, a card number or an ID number. When a row does
   * not say, `asksForMoneyOrData` guesses it from the words.
   */
  asks?: boolean;
}

export interface Measures {
  rows: number;
  fraud: number;
  benign: number;
  /** Fraud rated high or suspicious. */
  recall: number;
  /** Fraud that asks for money, codes or card data, rated high. */
  asksHigh: number;
  asksRows: number;
  benignHigh: number;
  benignFlagged: number;
  /** Right type among typed fraud rows. */
  typeAccuracy: number;
}

export const TARGETS = {
  recall: { min: 92 },
  asksHigh: { min: 75 },
  benignHigh: { max: 1 },
  benignFlagged: { max: 8 },
  typeAccuracy: { min: 80 },
} as const;

/**
 * `tune` or `check`: the half a message falls in, by the parity of the first byte of the SHA-1 of
 * its text.
 *
 * @example halfOf('你好') // → 'tune' or 'check', always the same for the same text
 */
export function halfOf(text: string): 'tune' | 'check' {
  const first = createHash('sha1').update(text, 'utf8').digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'check';
}

/**
 * A deliberately plain reading of "does this message ask for money or for data that unlocks
 * money", independent of the rule base, for rows that carry no such label. It errs towards
 * "asks", which makes the high-rating measure stricter rather than kinder.
 */
const ASK_WORDS = new RegExp(
  [
    // a request verb, then within a few characters what is handed over
    '(?:转|汇|打|付|交|缴|存|充|借|垫|提供|告诉|告知|发|报|填|输入|念|给|拿出|取出)[^。！？!?\\n]{0,8}(?:钱|元|块|万|千|款|费|金|验证码|密码|卡号|银行卡|身份证|账号|账户|帐户)',
    '(?:验证码|密码|卡号|身份证号)[^。！？!?\\n]{0,6}(?:发|给|告诉|报|念|提供)',
    '转账|汇款|打款',
    '\\b(?:transfer|wire|send|pay|deposit|lend|give|tell|read|share|enter|provide)\\b[^.!?\\n]{0,30}(?:money|cash|yuan|\\d|fee|tax|deposit|code|otp|pin|password|card|account|id number|gift card)',
  ].join('|'),
  'i',
);

export function asksForMoneyOrData(text: string): boolean {
  return ASK_WORDS.test(text);
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

/** Runs `analyse` over the rows and computes the measures. */
export function measure(
  rows: readonly LabelledMessage[],
  analyse: (text: string) => Pick<ScamAnalysis, 'risk' | 'type'>,
): Measures {
  let fraud = 0;
  let benign = 0;
  let caught = 0;
  let asks = 0;
  let asksHigh = 0;
  let benignHigh = 0;
  let benignFlagged = 0;
  let typed = 0;
  let typedRight = 0;
  for (const row of rows) {
    const a = analyse(row.text);
    if (row.label === 'benign') {
      benign++;
      if (a.risk === 'high') benignHigh++;
      if (a.risk !== 'none') benignFlagged++;
      continue;
    }
    fraud++;
    if (a.risk !== 'none') caught++;
    if (row.asks ?? asksForMoneyOrData(row.text)) {
      asks++;
      if (a.risk === 'high') asksHigh++;
    }
    if (row.type) {
      typed++;
      if (a.type === row.type) typedRight++;
    }
  }
  return {
    rows: rows.length,
    fraud,
    benign,
    recall: pct(caught, fraud),
    asksHigh: pct(asksHigh, asks),
    asksRows: asks,
    benignHigh: pct(benignHigh, benign),
    benignFlagged: pct(benignFlagged, benign),
    typeAccuracy: pct(typedRight, typed),
  };
}

/** The names of the targets a set of measures misses (empty when all hold). */
export function missedTargets(m: Measures): string[] {
  const out: string[] = [];
  if (m.recall < TARGETS.recall.min) out.push('recall');
  if (m.asksRows > 0 && m.asksHigh < TARGETS.asksHigh.min) out.push('asksHigh');
  if (m.benignHigh > TARGETS.benignHigh.max) out.push('benignHigh');
  if (m.benignFlagged > TARGETS.benignFlagged.max) out.push('benignFlagged');
  if (m.typeAccuracy < TARGETS.typeAccuracy.min) out.push('typeAccuracy');
  return out;
}
