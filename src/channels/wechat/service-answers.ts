/**
 * 办事咨询 on WeChat: the knowledge base and its matcher (`src/domain/services`), rendered as
 * plain text. A confident match gets the short answer (what to bring, where, fee, time) with the
 * details one tap away; an unsure one gets "did you mean" with the top three as a menu message;
 * no match gets the categories. Local facts come from the resident's village.
 */
import { isLocale, type Locale } from '../../domain/locale.js';
import type { ServiceCatalog } from '../../domain/services/catalog.js';
import {
  fillAnswer,
  fillPlaceholders,
  type PlaceholderFacts,
} from '../../domain/services/placeholders.js';
import { basisLine, shortAnswer } from '../../domain/services/short-answer.js';
import type { MenuItem, OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

export interface AnswerContext {
  catalog: ServiceCatalog;
  locale: Locale;
  t: PlainTranslate;
  facts: PlaceholderFacts;
}

/** Menu ids of the service choices; they come back as `choice` inputs. */
export const SERVICE_IDS = {
  category: (id: string) => `cat:${id}`,
  topic: (id: string) => `topic:${id}`,
  details: (id: string) => `full:${id}`,
};

export function answerQuestion(ctx: AnswerContext, question: string): OutgoingMessage[] {
  const { catalog, locale, t } = ctx;
  const result = catalog.matcher.match(question, locale);
  if (result.band === 'high' && result.topic) return topicAnswer(ctx, result.topic, 'short');
  const guesses = [
    ...(result.topic ? [{ topic: result.topic, title: result.title }] : []),
    ...result.alternatives.filter((a) => a.confidence > 0),
  ].slice(0, 3);
  if (result.band === 'medium' && guesses.length)
    return [
      {
        type: 'menu',
        head: t(locale, 'wechat-did-you-mean'),
        items: guesses.map((g) => ({ id: SERVICE_IDS.topic(g.topic), content: g.title })),
        tail: '',
      },
    ];
  return [categoriesMenu(ctx, t(locale, 'wechat-not-sure'))];
}

export function categoriesMenu(ctx: AnswerContext, head?: string): OutgoingMessage {
  const items: MenuItem[] = ctx.catalog.kb
    .categories(ctx.locale)
    .map((c) => ({ id: SERVICE_IDS.category(c.id), content: c.title }));
  return { type: 'menu', head: head ?? ctx.t(ctx.locale, 'wechat-services-head'), items, tail: '' };
}

/** The topics of one category as a menu; null for an unknown category id. */
export function categoryMenu(ctx: AnswerContext, categoryId: string): OutgoingMessage | null {
  const category = ctx.catalog.kb.categories(ctx.locale).find((c) => c.id === categoryId);
  if (!category) return null;
  const items = category.topicIds.flatMap((id) => {
    const found = ctx.catalog.kb.topic(id, ctx.locale);
    return found ? [{ id: SERVICE_IDS.topic(id), content: found.topic.title }] : [];
  });
  return {
    type: 'menu',
    head: ctx.t(ctx.locale, 'wechat-category-head', { category: category.title }),
    items,
    tail: '',
  };
}

/** A topic's answer: `short` with a details button, or `full`; empty for an unknown topic. */
export function topicAnswer(
  ctx: AnswerContext,
  topicId: string,
  part: 'short' | 'full',
): OutgoingMessage[] {
  const { catalog, locale, t, facts } = ctx;
  const found = catalog.kb.topic(topicId, locale);
  if (!found) return [];
  const answerLocale = isLocale(found.answerLang) ? found.answerLang : locale;
  const topic = catalog.kb.topic(topicId, answerLocale)?.topic ?? found.topic;
  const fallback = t(locale, 'services-fact-unknown');
  const a = fillAnswer(topic.answer, facts, fallback);
  const summary = fillPlaceholders(topic.summary, facts, fallback);
  const blocks = [`【${found.topic.title}】\n${summary}`];
  if (found.answerLang !== locale) blocks.push(t(locale, 'wechat-answer-in-chinese'));
  if (part === 'short') {
    const s = shortAnswer(a, summary);
    blocks.push(
      [
        `${t(locale, 'wechat-answer-bring')}${s.bring.join('、')}`,
        `${t(locale, 'wechat-answer-where')}${s.where}`,
        `${t(locale, 'wechat-answer-fee')}${s.fee}`,
        `${t(locale, 'wechat-answer-time')}${s.time}`,
      ].join('\n'),
    );
    return [
      { type: 'text', text: blocks.join('\n\n') },
      {
        type: 'menu',
        head: '',
        items: [{ id: SERVICE_IDS.details(topicId), content: t(locale, 'wechat-answer-details') }],
        tail: '',
      },
    ];
  }
  const list = (items: string[]) => items.map((i) => `• ${i}`).join('\n');
  blocks.push(
    `${t(locale, 'services-section-who')}\n${a.who}`,
    `${t(locale, 'services-section-materials')}\n${list(a.materials)}`,
    `${t(locale, 'services-section-where')}\n${a.where}`,
    `${t(locale, 'services-section-online')}\n${a.online}`,
    `${t(locale, 'services-section-fee')} ${a.fee}\n${t(locale, 'services-section-time')} ${a.time}`,
    `${t(locale, 'services-section-remote')}\n${a.remote}`,
    `${t(locale, 'services-section-pitfalls')}\n${list(a.pitfalls)}`,
  );
  const separator = /[\u4e00-\u9fff]/u.test(topic.basis.join('')) ? '；' : '; ';
  blocks.push(
    t(locale, 'services-basis', {
      basis: basisLine(topic.basis, separator),
      reviewed: topic.reviewed,
    }),
  );
  return [{ type: 'text', text: blocks.join('\n\n') }];
}
