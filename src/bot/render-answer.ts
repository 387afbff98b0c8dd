/**
 * Turns a knowledge-base topic into the message a villager reads: short labelled sections, local
 * facts filled in, the legal basis and review date at the end. Knowledge-base text is data, so
 * every piece of it is escaped here before it meets the HTML around it.
 */
import type { Topic } from '../domain/services/kb-schema.js';
import { fillAnswer, type PlaceholderFacts } from '../domain/services/placeholders.js';
import { escapeHtml } from './html.js';

type T = (key: string, vars?: Record<string, string | number>) => string;

export type AnswerPart = 'full' | 'materials' | 'where';

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
  const a = fillAnswer(topic.answer, facts, t('services-fact-unknown'));
  const e = escapeHtml;
  const blocks: string[] = [];
  if (part === 'materials') {
    blocks.push(t('services-materials-title', { title }), bullets(a.materials));
  } else if (part === 'where') {
    blocks.push(
      t('services-where-title', { title }),
      section(t, 'services-section-where', e(a.where)),
      section(t, 'services-section-online', e(a.online)),
    );
  } else {
    blocks.push(`<b>${e(title)}</b>\n${e(topic.summary)}`);
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
  blocks.push(t('services-basis', { basis: topic.basis.join('；'), reviewed: topic.reviewed }));
  return blocks.join('\n\n');
}
