/**
 * Turns a knowledge-base topic into the message a villager reads. The first thing they see is
 * the short form (what to bring, where, cost, how long: one phone screen); the details are one
 * tap away, and end with the legal basis as one line. Local facts are filled in, and
 * knowledge-base text is data, so every piece of it is escaped here before it meets the HTML.
 */
import type { Topic } from '../domain/services/kb-schema.js';
import {
  fillAnswer,
  fillPlaceholders,
  type PlaceholderFacts,
} from '../domain/services/placeholders.js';
import { basisLine, shortAnswer } from '../domain/services/short-answer.js';
import { escapeHtml } from '../i18n/html.js';

type T = (key: string, vars?: Record<string, string | number>) => string;

export type AnswerPart = 'short' | 'full' | 'materials' | 'where';

export interface RenderOptions {
  topic: Topic;
  /** The topic title in the reader's language (the KB may give the long text in Chinese). */
  title: string;
  facts: PlaceholderFacts;
  part: AnswerPart;
  /** True when the long text is in Chinese for a reader of another language. */
  inChinese: boolean;
  t: T;
}

const bullets = (items: string[]) => items.map((item) => `• ${escapeHtml(item)}`).join('\n');

function section(t: T, key: string, body: string): string {
  return `<b>${t(key)}</b>\n${body}`;
}

export function renderAnswer({ topic, title, facts, part, inChinese, t }: RenderOptions): string {
  const fallback = t('services-fact-unknown');
  const a = fillAnswer(topic.answer, facts, fallback);
  const summary = fillPlaceholders(topic.summary, facts, fallback);
  const e = escapeHtml;
  const blocks: string[] = [];
  if (part === 'short') {
    const s = shortAnswer(a, summary);
    blocks.push(`<b>${e(title)}</b>\n${e(summary)}`);
    if (inChinese) blocks.push(t('services-in-chinese'));
    blocks.push(
      [
        `${t('services-short-bring')} ${e(s.bring.join('、'))}`,
        `${t('services-short-where')} ${e(s.where)}`,
        `${t('services-short-fee')} ${e(s.fee)}`,
        `${t('services-short-time')} ${e(s.time)}`,
      ].join('\n'),
      t('services-short-more', { reviewed: topic.reviewed }),
    );
    return blocks.join('\n\n');
  }
  if (part === 'materials') {
    blocks.push(t('services-materials-title', { title }), bullets(a.materials));
  } else if (part === 'where') {
    blocks.push(
      t('services-where-title', { title }),
      section(t, 'services-section-where', e(a.where)),
      section(t, 'services-section-online', e(a.online)),
    );
  } else {
    blocks.push(`<b>${e(title)}</b>\n${e(summary)}`);
    if (inChinese) blocks.push(t('services-in-chinese'));
    blocks.push(
      section(t, 'services-section-who', e(a.who)),
      section(t, 'services-section-materials', bullets(a.materials)),
      section(t, 'services-section-where', e(a.where)),
      section(t, 'services-section-online', e(a.online)),
      `<b>${t('services-section-fee')}</b> ${e(a.fee)}\n<b>${t('services-section-time')}</b> ${e(a.time)}`,
      section(t, 'services-section-remote', e(a.remote)),
      section(t, 'services-section-pitfalls', bullets(a.pitfalls)),
    );
  }
  const separator = /[\u4e00-\u9fff]/u.test(topic.basis.join('')) ? '；' : '; ';
  blocks.push(
    t('services-basis', { basis: basisLine(topic.basis, separator), reviewed: topic.reviewed }),
  );
  return blocks.join('\n\n');
}
