/**
 * How sure the matcher is, from 0 to 1, and what the bot should do with that.
 *
 * A raw BM25 score says little on its own: it grows with question length and with how rare the
 * words are. Two questions that both score 8 can be "身份证丢了" (every word explained by one
 * topic) and "社保卡丢了怎么补" (the key word, 社保卡, explained by nothing). So confidence is
 * built from two ratios instead:
 *   - coverage: the share of the question's meaningful words (weighted by IDF, so 怎么 counts for
 *     almost nothing) that the best topic contains. Words no topic contains count against it.
 *   - margin: how far the best topic is ahead of the second. Close scores mean the question fits
 *     several topics, and the villager should choose.
 * An out-of-scope cue (天气, 社保…) that the best topic does not itself mention counts as a heavy
 * word the topic failed to cover, and caps confidence below `high`; so does a question with very
 * little evidence (one generic word). The bot may then suggest, but never states a wrong answer
 * confidently.
 *
 * Coverage alone is too strict for real questions, which carry words no topic could contain (a
 * street, a complaint, "爬坡"). So a question is also answered directly when it contains an
 * *anchor*: a word only the best topic knows (年检, 临时身份证, 居住证), far ahead of the
 * runner-up, with no out-of-scope cue. An out-of-scope cue makes the band low: the bot says it is
 * not sure, and the CLI prints `topic: null`. So does a question that does not *name* its best
 * topic (no word of it in the topic's title or keywords): words met only in a topic's example
 * questions (退休, 下班) describe circumstances, and "结婚要带户口本吗" names 户口本 only as
 * something to bring (see `asked-part.ts`). And so does a question that does not show the best
 * topic's own thing or matter (its `evidence:` in the synonyms file: 身份证, 户口, 号牌, 被骗…):
 * another office's matter often shares one word with a topic (a hospital's 出生证明 with
 * newborns' registration, an accident at a building site with traffic accidents), never its thing.
 */

export type Band = 'high' | 'medium' | 'low';

export interface ConfidenceInputs {
  /** Weighted share of the question covered by the best topic, 0..1. */
  coverage: number;
  /** Sum of the weights of the covered words (IDF units). */
  evidence: number;
  /** Sum of the weights of all the question's counted words. */
  total: number;
  top: number;
  second: number;
  /** Out-of-scope cues the best topic does not mention. */
  cues: number;
  /** Weight (IDF) of the most distinctive word of the question the best topic covers. */
  anchor: number;
  /**
   * Weight (IDF) of the heaviest question word, typed or understood through a synonym, that the
   * best topic's title or keywords contain: how much the question *names* that topic.
   */
  named: number;
  /**
   * Whether the question shows the best topic's own thing or matter (its evidence: 身份证, 户口,
   * 号牌, 被骗…). Without it the question may be another office's business that shares a word
   * with the topic (出生证明, 工地事故), so it is never answered directly. Absent means shown.
   */
  evidenced?: boolean;
}

/**
 * Thresholds and shape, tuned on our own questions and the tune half of the dev set only (see
 * scripts/eval-services.ts); exported for the eval script and tests.
 */
export const CALIBRATION = {
  high: 0.5,
  medium: 0.4,
  /** Below this much covered IDF the question is too thin to answer directly. */
  minEvidence: 1.6,
  coveragePower: 1.5,
  marginFloor: 0.35,
  /** An uncovered out-of-scope cue weighs as much as this many typical words (IDF ≈ 1.5 each). */
  cueWeight: 4.5,
  /** An anchor word: IDF of a word found in at most two topics (ln(1 + 32.5/2.5) ≈ 2.6)… */
  anchorWeight: 2.5,
  /** …its topic's lead over the runner-up (share of the best score)… */
  anchorMargin: 0.5,
  /** …and the least share of the question that topic must still cover. */
  anchorCoverage: 0.3,
  /**
   * …and the least raw score the best topic must reach. A rare word met once in a topic's
   * keywords (认证, 实名) scores a few points; a question that is really about the topic repeats
   * its vocabulary and scores far more.
   */
  anchorMinScore: 6,
  /**
   * A question answered directly must name its topic: some word of it, heavier than a bare
   * 证 or 办, must be in the topic's title or keywords. Words found only in a topic's example
   * questions (退休, 下班, 结婚 as a material) are circumstances, not the matter asked about.
   */
  minNamed: 0.3,
} as const;

export function confidenceOf(x: ConfidenceInputs): number {
  if (x.top <= 0 || x.coverage <= 0) return 0;
  const margin = Math.max(0, (x.top - x.second) / x.top);
  const { coveragePower, marginFloor, high, cueWeight } = CALIBRATION;
  const coverage = x.cues > 0 ? x.evidence / (x.total + cueWeight * x.cues) : x.coverage;
  let conf = coverage ** coveragePower * (marginFloor + (1 - marginFloor) * Math.sqrt(margin));
  if (x.evidence < CALIBRATION.minEvidence) conf = Math.min(conf, high - 0.05);
  const { anchorWeight, anchorMargin, anchorCoverage } = CALIBRATION;
  if (
    x.anchor >= anchorWeight &&
    margin >= anchorMargin &&
    x.coverage >= anchorCoverage &&
    x.top >= CALIBRATION.anchorMinScore
  ) {
    conf = Math.max(conf, high);
  }
  if (x.cues > 0 || x.named < CALIBRATION.minNamed || x.evidenced === false)
    conf = Math.min(conf, CALIBRATION.medium - 0.05);
  return Math.round(Math.min(1, Math.max(0, conf)) * 1000) / 1000;
}

export function bandOf(confidence: number): Band {
  if (confidence >= CALIBRATION.high) return 'high';
  if (confidence >= CALIBRATION.medium) return 'medium';
  return 'low';
}
