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
}

export class Lexicon {
  private readonly rewrites: Map<string, string>;
  private readonly rewriter: PhraseFinder;
  private readonly ignorer: PhraseFinder;
  private readonly expansions = new Map<string, string[]>();
  private readonly expander: PhraseFinder;
  private readonly cueFinder: PhraseFinder;

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
  }

  /** The standard form of any text: used for the knowledge base when indexing. */
  standardise(text: string): string {
    return tidy(this.ignorer.replace(this.rewrite(normalise(text)), () => ' '));
  }

  /** A question in standard form, its expanded phrases and their expansions, and its cues. */
  prepareQuestion(raw: string): PreparedQuestion {
    const base = this.ignorer.replace(this.rewrite(truncateQuestion(normalise(raw))), () => ' ');
    const found = this.expander.find(base);
    return {
      text: tidy(this.expander.replace(base, () => ' ')),
      phrases: found.map((f) => f.text).join(' '),
      expansions: [...new Set(found.flatMap((f) => this.expansions.get(f.key) ?? []))].join(' '),
      cues: this.cueFinder.find(base).map((f) => f.key),
    };
  }

  private rewrite(text: string): string {
    return this.rewriter.replace(text, (key) => this.rewrites.get(key) ?? key);
  }
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
