/**
 * Finds the service topic a free-text question is about.
 *
 * Built once at start-up from the knowledge base and the synonyms file, then called for every
 * question a villager types. It never throws on input: empty text, emoji, a pasted notice or a
 * question about the weather all come back as a result, with `band` telling the bot what to do:
 *   - high: answer with `topic` directly;
 *   - medium: offer `topic` and the `alternatives` as buttons;
 *   - low: say we are not sure, offer the categories (and `topic`/`alternatives` as guesses).
 */
import { askedPart } from './asked-part.js';
import { type Band, bandOf, type ConfidenceInputs, confidenceOf } from './confidence.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { Lexicon } from './lexicon.js';
import { asksForOpinion } from './opinion.js';
import { covers, type QueryUnit, queryOf, rerank } from './scoring.js';
import type { Synonyms } from './synonyms.js';
import { BASE_LANG, type TopicId } from './topic-ids.js';
import { buildTopicIndex } from './topic-index.js';

export interface MatchAlternative {
  topic: TopicId;
  title: string;
  confidence: number;
}

export interface MatchResult {
  /**
   * The best topic, or null when no topic shares anything with the question. With band `low` it
   * is only a guess, worth offering beside the categories but not answering with.
   */
  topic: TopicId | null;
  /** The best topic's title in the asked language (empty when `topic` is null). */
  title: string;
  /** 0..1; see `confidence.ts` for how it is built. */
  confidence: number;
  /** The runners-up (at most two), so `topic` plus these are the top three. */
  alternatives: MatchAlternative[];
  band: Band;
  /**
   * True when the question is only a greeting, thanks or chit-chat ("你是机器人吗"): the bot
   * replies kindly and shows the menu; `topic` is then null and `band` low.
   */
  smallTalk?: boolean;
}

/**
 * How much of its score a topic keeps when the question's direction word rules it out (迁出 →
 * not hukou.move-in). Not zero: "迁出迁入都要跑吗" still names both.
 */
const AGAINST_FACTOR = 0.3;

export interface Matcher {
  /** Matches a question; `lang` only chooses the language of the returned titles. */
  match(question: string, lang?: string): MatchResult;
  /** The signals behind a match, for the eval script and for tuning synonyms. */
  explain(question: string): Explanation;
}

export interface Explanation extends ConfidenceInputs {
  /** The question as indexed: standardised text, expanded phrases, their expansions. */
  text: string;
  phrases: string;
  expansions: string;
  ranked: Array<{ topic: TopicId; score: number; coverage: number }>;
  smallTalk: boolean;
  units: Array<QueryUnit & { covered: boolean }>;
}

/**
 * Builds the matcher: indexes every topic in every language of `kb` (about 25 ms for the real
 * knowledge base; see bench/service-match.bench.ts). Build once and share it (`cunjing start` has
 * it built by the first question: `loadServiceCatalog(dir, { deferIndex: true })`).
 *
 * @example
 * const matcher = createMatcher(loadKnowledgeBase('locales'), loadSynonyms(synonymsFile));
 * matcher.match('俺的身份证掉了咋整'); // → { topic: 'idcard.lost', band: 'high', … }
 */
export function createMatcher(kb: KnowledgeBase, synonyms: Synonyms): Matcher {
  const lexicon = new Lexicon(synonyms);
  const topics = buildTopicIndex(kb, lexicon);
  const titleOf = (id: TopicId, lang: string) => kb.topic(id, lang)?.topic.title ?? id;

  /**
   * The question's words that name the matter asked about: in "[matter] 要带 [materials]", only
   * the matter's (see `asked-part.ts`); otherwise all of them.
   */
  const mattersOf = (question: string, units: QueryUnit[]): QueryUnit[] => {
    const asked = typeof question === 'string' ? askedPart(question) : undefined;
    if (asked === undefined) return units;
    const matter = queryOf(lexicon.prepareQuestion(asked), topics.index).units;
    return matter.length > 0 ? matter : units;
  };

  const explain = (question: string): Explanation => {
    const prepared = lexicon.prepareQuestion(typeof question === 'string' ? question : '');
    const query = queryOf(prepared, topics.index);
    const against = new Set(prepared.against);
    const ranked = rerank(topics, query)
      .map((r) =>
        against.has(topics.ids[r.doc] as string) ? { ...r, score: r.score * AGAINST_FACTOR } : r,
      )
      .sort((a, b) => b.score - a.score);
    const best = ranked[0];
    const bestPlain = best ? (topics.plain[best.doc] ?? '') : '';
    return {
      text: prepared.text,
      phrases: prepared.phrases,
      expansions: prepared.expansions,
      smallTalk: prepared.smallTalk,
      ranked: ranked.map((r) => ({
        topic: topics.ids[r.doc] as TopicId,
        score: r.score,
        coverage: r.coverage,
      })),
      units: query.units.map((u) => ({
        ...u,
        covered: best !== undefined && covers(topics.index, best.doc, u),
      })),
      coverage: best?.coverage ?? 0,
      evidence: best?.evidence ?? 0,
      total: best?.total ?? 0,
      top: best?.score ?? 0,
      second: ranked[1]?.score ?? 0,
      // Asking how good something is counts as one more cue: no topic gives opinions.
      cues:
        prepared.cues.filter((c) => !bestPlain.includes(c)).length +
        (typeof question === 'string' && asksForOpinion(question) ? 1 : 0),
      anchor: anchorOf(
        query.units,
        (u) => best !== undefined && covers(topics.index, best.doc, u, ANCHOR_FIELDS),
      ),
      evidenced:
        best === undefined || lexicon.hasEvidence(topics.ids[best.doc] as string, prepared),
      named: namedOf(
        mattersOf(question, query.units),
        (u) => best !== undefined && covers(topics.index, best.doc, u, ANCHOR_FIELDS),
      ),
    };
  };

  return {
    explain,
    match(question: string, lang: string = BASE_LANG): MatchResult {
      const x = explain(question);
      const [best, ...rest] = x.ranked;
      const confidence = confidenceOf(x);
      if (x.smallTalk) {
        return {
          topic: null,
          title: '',
          confidence: 0,
          alternatives: [],
          band: 'low',
          smallTalk: true,
        };
      }
      if (!best) return { topic: null, title: '', confidence: 0, alternatives: [], band: 'low' };
      return {
        topic: best.topic,
        title: titleOf(best.topic, lang),
        confidence,
        alternatives: rest.slice(0, 2).map((r) => ({
          topic: r.topic,
          title: titleOf(r.topic, lang),
          confidence: Math.round((confidence * r.score * 1000) / best.score) / 1000,
        })),
        band: bandOf(confidence),
      };
    },
  };
}

/**
 * Anchors come from what a topic is named and keyed by, not from its example questions, which
 * carry everyday words (借给, 家里) that would make any question look anchored.
 */
const ANCHOR_FIELDS = ['title', 'keywords'] as const;

/** The weight of the most distinctive word of the question that the best topic covers. */
function anchorOf(units: QueryUnit[], covered: (u: QueryUnit) => boolean): number {
  let best = 0;
  for (const u of units) if (!u.soft && u.weight > best && covered(u)) best = u.weight;
  return best;
}

/** The weight of the heaviest question word, soft ones included, the best topic is named by. */
function namedOf(units: QueryUnit[], covered: (u: QueryUnit) => boolean): number {
  let best = 0;
  for (const u of units) if (u.weight > best && covered(u)) best = u.weight;
  return best;
}
