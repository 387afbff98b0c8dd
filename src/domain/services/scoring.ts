/**
 * Turns a prepared question into a weighted query and ranks topics for it.
 *
 * BM25 alone ranks by how much matching text a topic has, which favours topics that repeat a
 * busy word (到期, 上户口) over the one that matches the question's rarest, most telling word
 * (超生). So the BM25 list is re-ranked by two ratios that look at the question as a whole:
 *   - coverage: the IDF-weighted share of the question's words the topic contains;
 *   - title coverage: the share of the topic's title the question contains.
 */
import type { Bm25Index } from './bm25.js';
import type { PreparedQuestion } from './lexicon.js';
import { tokenise, type Unit } from './tokenise.js';
import { DEFINING_FIELDS, type Field, type TopicIndex } from './topic-index.js';

/** A question word with its weight; `soft` words only ever count in a topic's favour. */
export interface QueryUnit extends Unit {
  weight: number;
  soft: boolean;
}

export interface Query {
  terms: Map<string, number>;
  units: QueryUnit[];
}

export interface Ranked {
  doc: number;
  score: number;
  /** Weighted share of the question this topic covers, 0..1. */
  coverage: number;
  /** Sum of the weights of the covered words. */
  evidence: number;
  /** Sum of the weights of all words counted (covered or not). */
  total: number;
}

/** Query-side weight per term kind (see `tokenise.ts`): bigrams and words carry the meaning. */
const TERM_WEIGHTS: Record<string, number> = { b: 1, w: 0.6, u: 0.25, e: 1 };

/**
 * Weight of a question word that no topic contains. Such words are often the point of the
 * question (社保卡, 结婚证), so they must lower coverage, but less than a distinctive known word.
 */
const UNKNOWN_WORD_WEIGHT = 1.5;

/** Expansions are our guesses, not the villager's words: they count half. */
const EXPANSION_WEIGHT = 0.5;

/** How much a topic's score grows when the question covers its whole title. */
const TITLE_BONUS = 1;

/** Share of the score a topic keeps when it covers none of the question's words. */
const COVERAGE_FLOOR = 0.3;

/** Short letter-and-digit codes, as in anonymised or written-out addresses. */
const CODE = /^(?=.*\d)(?=.*[a-z])[a-z0-9]{2,5}$/;

/** Only the best few BM25 candidates are re-ranked; the rest cannot climb to the top three. */
const RERANK_DEPTH = 10;

export function queryOf(prepared: PreparedQuestion, index: Bm25Index<Field>): Query {
  const terms = new Map<string, number>();
  const units = new Map<string, QueryUnit>();
  const add = (text: string, kind: 'typed' | 'phrase' | 'expansion' | 'context') => {
    const factor = kind === 'expansion' || kind === 'context' ? EXPANSION_WEIGHT : 1;
    const tokens = tokenise(text);
    for (const t of tokens.terms) {
      terms.set(t, (terms.get(t) ?? 0) + factor * (TERM_WEIGHTS[t[0] ?? ''] ?? 1));
    }
    for (const unit of tokens.units) {
      if (units.has(unit.text)) continue;
      const idf = knownWeight(unit, index);
      // A code no topic knows (a7, k11, b16: a district, a building, a bus) is an address.
      if (idf === undefined && CODE.test(unit.text)) continue;
      // An expanded phrase the index knows (被盗) is the villager's own word and counts fully;
      // one it does not know ("паспорт") has been understood through its expansion instead.
      const soft =
        kind === 'expansion' || kind === 'context' || (kind === 'phrase' && idf === undefined);
      units.set(unit.text, { ...unit, weight: factor * (idf ?? UNKNOWN_WORD_WEIGHT), soft });
    }
  };
  add(prepared.text, 'typed');
  add(prepared.phrases, 'phrase');
  add(prepared.expansions, 'expansion');
  add(prepared.context, 'context');
  return { terms, units: [...units.values()] };
}

export function rerank(topics: TopicIndex, query: Query): Ranked[] {
  return topics.index
    .search(query.terms)
    .slice(0, RERANK_DEPTH)
    .map(({ doc, score }) => {
      const { coverage, evidence, total } = coverageOf(topics.index, doc, query.units);
      const title = titleCoverage(topics.titles[doc], query.terms);
      const factor = (1 + TITLE_BONUS * title) * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage);
      return { doc, score: score * factor, coverage, evidence, total };
    })
    .sort((a, b) => b.score - a.score);
}

/** Whether document `doc` contains enough of a unit's evidence to count it as covered. */
export function covers(
  index: Bm25Index<Field>,
  doc: number,
  unit: Unit,
  fields: readonly Field[] = DEFINING_FIELDS,
): boolean {
  let hits = 0;
  for (const term of unit.evidence) if (index.has(doc, term, fields)) hits++;
  return hits >= unit.need;
}

function coverageOf(index: Bm25Index<Field>, doc: number, units: QueryUnit[]) {
  let total = 0;
  let evidence = 0;
  for (const unit of units) {
    const hit = covers(index, doc, unit);
    // Soft words join the sums only when they help: covered ones count on both sides.
    if (unit.soft && !hit) continue;
    total += unit.weight;
    if (hit) evidence += unit.weight;
  }
  return { coverage: total > 0 ? evidence / total : 0, evidence, total };
}

/** The largest share of any one of a topic's titles (one per language) found in the question. */
function titleCoverage(titles: Array<Set<string>> | undefined, terms: ReadonlyMap<string, number>) {
  let best = 0;
  for (const title of titles ?? []) {
    let hits = 0;
    for (const term of title) if (terms.has(term)) hits++;
    best = Math.max(best, hits / title.size);
  }
  return best;
}

/** The IDF of a unit's most distinctive evidence, or undefined when no topic has any of it. */
function knownWeight(unit: Unit, index: Bm25Index<Field>): number | undefined {
  let best: number | undefined;
  for (const term of unit.evidence) {
    const value = index.idf(term);
    if (value !== undefined && (best === undefined || value > best)) best = value;
  }
  return best;
}
