/**
 * Puts questions and knowledge-base text into one standard vocabulary before indexing.
 *
 * Order matters and is the same on both sides: normalise characters, rewrite colloquial words to
 * standard ones (俺→我, 驾照→驾驶证), drop place names. Questions then have their expandable
 * phrases set aside with what they expand to (上牌 → 登记 号牌; "passport" → 护照), and are
 * checked for out-of-scope cues. The synonym phrases are themselves passed through the earlier
 * steps when compiled, so an entry written as 駕照 or "Driving Licence" still works.
 */
import { normalise, truncateQuestion } from './normalise.js';
import { normalisePhrase, PhraseFinder, phraseKey, type Synonyms } from './synonyms.js';

export interface PreparedQuestion {
  /** The standardised question, minus the phrases that were expanded. */
  text: string;
  /**
   * The phrases that were expanded, as typed. Their words help find a topic but never count
   * against it: "иргэний үнэмлэх" should not lower confidence because no topic contains those
   * Cyrillic words, once it has been understood as 身份证.
   */
  phrases: string;
  /** What those phrases expand to (身份证). Also never counted against a topic. */
  expansions: string;
  /** Out-of-scope words found (社保, 天气…), as standardised phrases. */
  cues: string[];
  /** Who/when words (俺娘, 十岁), taken out of `text`: they only ever count in a topic's favour. */
  context: string;
  /** Topic ids the question's direction words rule out (迁出 → not hukou.move-in). */
  against: string[];
  /** True when the question is only a greeting, thanks or chit-chat. */
  smallTalk: boolean;
  /** The whole standardised question and its expansions, where evidence is looked for. */
  whole: string;
}

/**
 * Ages, spans and sums (十岁, 七十多岁, 半年, 两万块): context, not the request. They count for a
 * topic that mentions them (16周岁 for a first ID card) and never against one. An ordinal (第一次,
 * 第二年) is not an amount: it says which time, and 第一次 is what a first ID card is about. A span
 * goes with its 前/这/头 (前两天, 头三个月), which would otherwise be left behind as a stray word.
 */
const AMOUNT =
  /(?<!第)(?:前|后|这|那|头|近|最近)?[0-9零一二三四五六七八九十百千万两几半多]+(?:周岁|岁|天|个月|年|星期|周|次|块钱|块|元|分钟|小时)(?:了|多)?/gu;

/**
 * How the villager travels to the counter (骑摩托去, 开车到, 坐班车来): a circumstance, not the
 * request, so it is context. Trains, coaches and planes are left out: travelling by them without
 * an ID card is what the temporary-ID topic is about.
 */
const TRAVEL =
  /(?:骑|开|坐|搭|乘)着?(?:摩托车?|三轮车?|电动车|小汽车|汽车|车|自行车|公交车?|班车|拖拉机)(?:去|到|来)/gu;

export class Lexicon {
  private readonly rewrites: Map<string, string>;
  private readonly rewriter: PhraseFinder;
  private readonly ignorer: PhraseFinder;
  private readonly expansions = new Map<string, string[]>();
  private readonly expander: PhraseFinder;
  private readonly cueFinder: PhraseFinder;
  private readonly contextFinder: PhraseFinder;
  private readonly againstFinder: PhraseFinder;
  private readonly against = new Map<string, string[]>();
  private readonly smallTalkFinder: PhraseFinder;
  /** Per topic id, its evidence: alternatives, each a list of parts that must all be present. */
  private readonly evidence = new Map<string, string[][]>();

  constructor(synonyms: Synonyms) {
    this.rewrites = new Map(
      Object.entries(synonyms.rewrite).map(([from, to]) => [
        phraseKey(normalisePhrase(from)),
        normalisePhrase(to),
      ]),
    );
    this.rewriter = new PhraseFinder(Object.keys(synonyms.rewrite).map(normalisePhrase), true);
    this.ignorer = new PhraseFinder(synonyms.ignore.map((p) => this.rewrite(normalisePhrase(p))));
    for (const [from, to] of Object.entries(synonyms.expand)) {
      const key = this.rewrite(normalisePhrase(from));
      const terms = to.map((t) => this.rewrite(normalisePhrase(t)));
      this.expansions.set(phraseKey(key), [
        ...(this.expansions.get(phraseKey(key)) ?? []),
        ...terms,
      ]);
    }
    this.expander = new PhraseFinder(
      Object.keys(synonyms.expand).map((p) => this.rewrite(normalisePhrase(p))),
    );
    this.cueFinder = new PhraseFinder(
      synonyms.out_of_scope.map((p) => this.rewrite(normalisePhrase(p))),
    );
    this.contextFinder = new PhraseFinder(
      synonyms.context.map((p) => this.rewrite(normalisePhrase(p))),
    );
    for (const [from, ids] of Object.entries(synonyms.against)) {
      this.against.set(phraseKey(this.rewrite(normalisePhrase(from))), ids);
    }
    this.againstFinder = new PhraseFinder(
      Object.keys(synonyms.against).map((p) => this.rewrite(normalisePhrase(p))),
    );
    this.smallTalkFinder = new PhraseFinder(
      synonyms.small_talk.map((p) => this.rewrite(normalisePhrase(p))),
    );
    for (const [id, phrases] of Object.entries(synonyms.evidence)) {
      this.evidence.set(
        id,
        phrases.map((p) => p.split('+').map((part) => this.rewrite(normalisePhrase(part)))),
      );
    }
  }

  /**
   * Whether the question shows the thing topic `id` is about (its evidence in the synonyms
   * file), in the villager's words or through a typo fix or an expansion. Chinese parts match
   * anywhere; other scripts at the start of a word. A topic with no evidence listed always passes.
   */
  hasEvidence(id: string, prepared: PreparedQuestion): boolean {
    const alternatives = this.evidence.get(id);
    if (alternatives === undefined) return true;
    const text = prepared.whole;
    return alternatives.some((parts) => parts.every((part) => contains(text, part)));
  }

  /** The standard form of any text: used for the knowledge base when indexing. */
  standardise(text: string): string {
    return tidy(this.ignorer.replace(this.rewrite(normalise(text)), () => ' '));
  }

  /** A question in standard form, its expanded phrases and their expansions, and its cues. */
  prepareQuestion(raw: string): PreparedQuestion {
    const normalised = truncateQuestion(normalise(raw));
    const base = this.ignorer.replace(this.rewrite(normalised), () => ' ');
    const amounts = [...base.matchAll(AMOUNT), ...base.matchAll(TRAVEL)].map((m) => m[0]);
    const withoutAmounts = base.replace(AMOUNT, ' ').replace(TRAVEL, ' ');
    const context = this.contextFinder.find(withoutAmounts).map((f) => f.text);
    const rest = this.contextFinder.replace(withoutAmounts, () => ' ');
    const found = this.expander.find(rest);
    const expansions = [...new Set(found.flatMap((f) => this.expansions.get(f.key) ?? []))].join(
      ' ',
    );
    return {
      text: tidy(this.expander.replace(rest, () => ' ')),
      phrases: found.map((f) => f.text).join(' '),
      expansions,
      cues: this.cueFinder.find(base).map((f) => f.key),
      context: [...amounts, ...context].join(' '),
      against: [
        ...new Set(this.againstFinder.find(base).flatMap((f) => this.against.get(f.key) ?? [])),
      ],
      smallTalk: this.isSmallTalk(this.rewrite(normalised)),
      whole: `${base} ${expansions}`,
    };
  }

  /** Whether nothing but greetings, thanks and chit-chat is left once those phrases are removed. */
  private isSmallTalk(normalised: string): boolean {
    if (normalised === '' || this.smallTalkFinder.find(normalised).length === 0) return false;
    const rest = this.smallTalkFinder.replace(normalised, () => ' ');
    return rest.replace(/[\s吗呢啊吧呀哦嘛哈啦嗯哎喂诶哟呗哇的了我你您是]/gu, '') === '';
  }

  private rewrite(text: string): string {
    return this.rewriter.replace(text, (key) => this.rewrites.get(key) ?? key);
  }
}

/** Han text is found anywhere; a Latin or other part must start a word ("id" not in "paid"). */
function contains(text: string, part: string): boolean {
  if (part === '') return false;
  if (/^\p{Script=Han}/u.test(part)) return text.includes(part);
  let at = text.indexOf(part);
  while (at >= 0) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return true;
    at = text.indexOf(part, at + 1);
  }
  return false;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
