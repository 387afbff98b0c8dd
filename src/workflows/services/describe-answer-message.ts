/**
 * A knowledge-base answer as one text message, the way the bot sends it and `cunjing ask`
 * prints it: the short form first (what to bring, where, cost, how long: one phone screen), the
 * full answer a tap away ending with the legal basis as one line, or only the materials or the
 * "where to go" part. Local facts are filled in; every knowledge-base text is data, so each
 * channel escapes it its own way (`src/i18n/described-text.ts`). The web chat lays the same
 * answer out as cards (`./describe-answer.ts`).
 */
import type { Topic } from '../../domain/services/kb-schema.js';
import {
  fillAnswer,
  fillPlaceholders,
  type PlaceholderFacts,
} from '../../domain/services/placeholders.js';
import { basisLine, shortAnswer } from '../../domain/services/short-answer.js';
import { type Block, type Described, data, key } from '../described.js';

export type AnswerPart = 'short' | 'full' | 'materials' | 'where';

export interface AnswerMessageInput {
  topic: Topic;
  /** The topic title in the reader's language (the KB may give the long text in Chinese). */
  title: string;
  facts: PlaceholderFacts;
  part: AnswerPart;
  /** True when the long text is in Chinese for a reader of another language. */
  inChinese: boolean;
  /** The text put in for a local fact the village's data does not have. */
  unknownFact: string;
}

/** A section: its heading (a locale label) and its text on the next line. */
const section = (labelKey: string, text: string): Block[] => [
  { type: 'title', text: key(labelKey) },
  { type: 'paragraph', text: data(text) },
];

export function describeAnswerMessage(input: AnswerMessageInput): Described {
  const { topic, title, facts, part, inChinese, unknownFact } = input;
  const a = fillAnswer(topic.answer, facts, unknownFact);
  const summary = fillPlaceholders(topic.summary, facts, unknownFact);
  const heading: Block[] = [
    { type: 'title', text: data(title) },
    { type: 'paragraph', text: data(summary) },
    ...(inChinese ? [{ type: 'note', text: key('services-in-chinese') } as const] : []),
  ];
  const basis: Block = {
    type: 'note',
    text: key('services-basis', {
      basis: basisLine(topic.basis, /[\u4e00-\u9fff]/u.test(topic.basis.join('')) ? '；' : '; '),
      reviewed: topic.reviewed,
    }),
  };
  let blocks: Block[];
  if (part === 'short') {
    const s = shortAnswer(a, summary);
    blocks = [
      ...heading,
      { type: 'field', label: key('services-short-bring'), value: data(s.bring.join('、')) },
      { type: 'field', label: key('services-short-where'), value: data(s.where) },
      { type: 'field', label: key('services-short-fee'), value: data(s.fee) },
      { type: 'field', label: key('services-short-time'), value: data(s.time) },
      { type: 'note', text: key('services-short-more', { reviewed: topic.reviewed }) },
    ];
  } else if (part === 'materials') {
    blocks = [
      { type: 'paragraph', text: key('services-materials-title', { title }) },
      { type: 'list', items: a.materials.map(data) },
      basis,
    ];
  } else if (part === 'where') {
    blocks = [
      { type: 'paragraph', text: key('services-where-title', { title }) },
      ...section('services-section-where', a.where),
      ...section('services-section-online', a.online),
      basis,
    ];
  } else {
    blocks = [
      ...heading,
      ...section('services-section-who', a.who),
      { type: 'list', label: key('services-section-materials'), items: a.materials.map(data) },
      ...section('services-section-where', a.where),
      ...section('services-section-online', a.online),
      { type: 'field', label: key('services-section-fee'), value: data(a.fee) },
      { type: 'field', label: key('services-section-time'), value: data(a.time) },
      ...section('services-section-remote', a.remote),
      { type: 'list', label: key('services-section-pitfalls'), items: a.pitfalls.map(data) },
      basis,
    ];
  }
  return { tone: 'info', blocks, choices: [] };
}
