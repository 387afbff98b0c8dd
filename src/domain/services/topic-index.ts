/**
 * Builds the search index over the knowledge base: one BM25F document per topic, holding that
 * topic's text in every language the knowledge base has, so a question in English or Chinese (or
 * a Mongolian title) finds the same topic id.
 */
import { Bm25Index, type FieldSpec } from './bm25.js';
import type { Topic } from './kb-schema.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Lexicon } from './lexicon.js';
import { tokenise } from './tokenise.js';
import { BASE_LANG, type TopicId } from './topic-ids.js';

export type Field = 'title' | 'keywords' | 'questions' | 'summary';

/**
 * Field weights: titles and keywords are written to be found, questions are real phrasings but
 * wordier. Answers are not indexed at all: they mention many things in passing (nearly every
 * answer lists 身份证 and 户口簿 among the materials), which made those words look common, and an
 * answer about newborns listing 结婚证 does not make it the marriage topic.
 */
export const FIELDS: Record<Field, FieldSpec> = {
  title: { weight: 3, b: 0.3 },
  keywords: { weight: 2.5, b: 0.3 },
  questions: { weight: 1.5, b: 0.6 },
  summary: { weight: 1, b: 0.5 },
};

/** `{station_phone}` and friends say nothing about the topic and are left out of the index. */
const PLACEHOLDER = /\{[^{}\n]*\}/g;

/**
 * Fields that say what a topic is *about*. Coverage is checked against these only: a summary
 * also mentions what to bring (身份证), and that should not make a question about 身份证 look
 * fully explained by the driving-licence topic.
 */
export const DEFINING_FIELDS: readonly Field[] = ['title', 'keywords', 'questions'];

export interface TopicIndex {
  index: Bm25Index<Field>;
  /** Topic id per document number. */
  ids: TopicId[];
  /** A topic's standardised text (answers excepted) with spaces removed, to check cues. */
  plain: string[];
  /** Per topic, the distinctive terms of each of its titles (one set per language). */
  titles: Array<Array<Set<string>>>;
}

export function buildTopicIndex(kb: KnowledgeBase, lexicon: Lexicon): TopicIndex {
  const index = new Bm25Index<Field>(FIELDS);
  const ids: TopicId[] = [];
  const plain: string[] = [];
  const titles: Array<Array<Set<string>>> = [];
  for (const base of kb.topics(BASE_LANG)) {
    const texts: Record<Field, string[]> = {
      title: [],
      keywords: [],
      questions: [],
      summary: [],
    };
    for (const lang of kb.languages) {
      const found = kb.topic(base.id, lang);
      if (!found) continue;
      if (found.answerLang !== lang) {
        if (found.topic.title !== base.title) texts.title.push(found.topic.title);
        continue;
      }
      addTopic(texts, found.topic);
    }
    const terms = {} as Record<Field, string[]>;
    const parts: string[] = [];
    for (const field of Object.keys(FIELDS) as Field[]) {
      const standard = texts[field].map((t) => lexicon.standardise(t.replace(PLACEHOLDER, ' ')));
      terms[field] = standard.flatMap((t) => tokenise(t).terms);
      parts.push(...standard);
    }
    index.add(terms);
    ids.push(base.id as TopicId);
    plain.push(parts.join('').replace(/\s+/g, ''));
    titles.push(
      texts.title
        .map(
          (t) => new Set(tokenise(lexicon.standardise(t)).terms.filter((x) => !x.startsWith('u:'))),
        )
        .filter((set) => set.size > 0),
    );
  }
  return { index: index.build(), ids, plain, titles };
}

function addTopic(texts: Record<Field, string[]>, topic: Topic): void {
  texts.title.push(topic.title);
  texts.keywords.push(...topic.keywords);
  texts.questions.push(...topic.questions);
  texts.summary.push(topic.summary);
}
