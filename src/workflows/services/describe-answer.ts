/**
 * A knowledge-base answer as a channel-neutral description: the same parts, in the same order
 * and with the same locale keys as the text message (`./describe-answer-message.ts`), so the
 * web chat shows what the bot says: title and summary, the short form (bring, where, fee, time),
 * or the full sections, then the legal basis with its review date.
 */
import type { Topic } from '../../domain/services/kb-schema.js';
import {
  fillAnswer,
  fillPlaceholders,
  type PlaceholderFacts,
} from '../../domain/services/placeholders.js';
import { basisLine, shortAnswer } from '../../domain/services/short-answer.js';
import { type Block, type Choice, type Described, data, key } from '../described.js';

export interface DescribeAnswerInput {
  topic: Topic;
  /** The title in the reader's language. */
  title: string;
  facts: PlaceholderFacts;
  part: 'short' | 'full';
  /** True when the long text is in Chinese for a reader of another language. */
  inChinese: boolean;
  /** The text put in for a local fact the village's data does not have. */
  unknownFact: string;
}

export function describeAnswer(input: DescribeAnswerInput): Described {
  const { topic, title, facts, part, inChinese, unknownFact } = input;
  const a = fillAnswer(topic.answer, facts, unknownFact);
  const summary = fillPlaceholders(topic.summary, facts, unknownFact);
  const blocks: Block[] = [
    { type: 'title', text: data(title) },
    { type: 'paragraph', text: data(summary) },
  ];
  if (inChinese) blocks.push({ type: 'note', text: key('services-in-chinese') });
  const choices: Choice[] = [];
  if (part === 'short') {
    const s = shortAnswer(a, summary);
    blocks.push(
      { type: 'field', label: key('services-short-bring'), value: data(s.bring.join('、')) },
      { type: 'field', label: key('services-short-where'), value: data(s.where) },
      { type: 'field', label: key('services-short-fee'), value: data(s.fee) },
      { type: 'field', label: key('services-short-time'), value: data(s.time) },
      { type: 'note', text: key('web-answer-more', { reviewed: topic.reviewed }) },
    );
    choices.push({ label: key('services-button-full'), action: `full:${topic.id}` });
  } else {
    const list = (labelKey: string, items: string[]): Block => ({
      type: 'list',
      label: key(labelKey),
      items: items.map(data),
    });
    blocks.push(
      list('services-section-who', [a.who]),
      list('services-section-materials', a.materials),
      list('services-section-where', [a.where]),
      list('services-section-online', [a.online]),
      { type: 'field', label: key('services-section-fee'), value: data(a.fee) },
      { type: 'field', label: key('services-section-time'), value: data(a.time) },
      list('services-section-remote', [a.remote]),
      list('services-section-pitfalls', a.pitfalls),
    );
    const separator = /[\u4e00-\u9fff]/u.test(topic.basis.join('')) ? '；' : '; ';
    blocks.push({
      type: 'note',
      text: key('services-basis', {
        basis: basisLine(topic.basis, separator),
        reviewed: topic.reviewed,
      }),
    });
  }
  choices.push(
    { label: key('services-button-ask'), action: 'officer' },
    { label: key('services-button-browse'), action: 'menu' },
  );
  return { tone: 'info', blocks, choices };
}
