/**
 * Whether a question asks for a police household or vehicle service at all: a multinomial naive
 * Bayes over character bigrams and trigrams, trained at start-up on the knowledge base's own
 * phrasings, keywords and titles (in scope) and on out-of-scope questions written for tuning.
 *
 * It is a gate, not a matcher: it never picks a topic and never promotes a question. The matcher
 * only asks it before answering directly, and a question it finds unlike our services drops to
 * the "not sure" band, where the top three topics are still offered. The point is a signal that
 * word lists cannot give: how the *whole* question is phrased ("医院的出生证明丢了" shares 出生 and
 * 丢了 with our topics, but its other grams are those of another office's matter).
 *
 * @example
 * const gate = trainScopeGate(['身份证丢了怎么补办'], ['明天下雨吗']);
 * gate.score('身份证丢了咋办') > 0; // → true: phrased like an in-scope question
 */
import type { KnowledgeBase } from './knowledge-base.js';
import { normalise } from './normalise.js';

export interface ScopeGate {
  /**
   * Mean log-likelihood ratio per known gram, in scope over out of scope (equal class priors).
   * Above 0 reads like our services, below 0 like something else; 0 when no gram is known.
   */
  score(question: string): number;
}

/** Add-α smoothing of the gram counts. */
const ALPHA = 0.1;
/** Longest question read; beyond it the grams add nothing but time. */
const MAX_CHARS = 120;

/** Character bigrams and trigrams of each word, with `^`/`$` marking where a word begins and ends. */
export function gramsOf(text: string): string[] {
  const grams: string[] = [];
  for (const word of normalise(text).slice(0, MAX_CHARS).split(' ')) {
    if (word === '') continue;
    const chars = ['^', ...word, '$'];
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
  }
  return grams;
}

function countsOf(texts: readonly string[]): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  // A gram counts once per text: a keyword list repeating 身份证 is not more in scope.
  for (const text of texts)
    for (const g of new Set(gramsOf(text))) {
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
    }
  return { counts, total };
}

/** Trains the gate; about 2,000 short texts take a few milliseconds. */
export function trainScopeGate(
  inScope: readonly string[],
  outOfScope: readonly string[],
): ScopeGate {
  const yes = countsOf(inScope);
  const no = countsOf(outOfScope);
  const vocabulary = new Set([...yes.counts.keys(), ...no.counts.keys()]).size;
  const yesDenominator = yes.total + ALPHA * vocabulary;
  const noDenominator = no.total + ALPHA * vocabulary;
  const ratio = new Map<string, number>();
  for (const g of new Set([...yes.counts.keys(), ...no.counts.keys()]))
    ratio.set(
      g,
      Math.log(((yes.counts.get(g) ?? 0) + ALPHA) / yesDenominator) -
        Math.log(((no.counts.get(g) ?? 0) + ALPHA) / noDenominator),
    );
  return {
    score(question) {
      let sum = 0;
      let known = 0;
      // Grams neither side has seen say nothing about scope, so they are skipped, not counted
      // against the question.
      for (const g of gramsOf(question)) {
        const r = ratio.get(g);
        if (r === undefined) continue;
        sum += r;
        known++;
      }
      return known === 0 ? 0 : sum / known;
    },
  };
}

/** The languages whose phrasings are in-scope examples: those with full category files. */
const EXAMPLE_LANGS = ['zh-CN', 'en'];

/** The knowledge base's own titles, phrasings and keywords: the in-scope examples. */
export function inScopeExamples(kb: KnowledgeBase): string[] {
  return EXAMPLE_LANGS.filter((lang) => kb.languages.includes(lang)).flatMap((lang) =>
    kb.topics(lang).flatMap((t) => [t.title, ...t.questions, ...t.keywords]),
  );
}
