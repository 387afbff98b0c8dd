/**
 * Sends a knowledge-base topic to the person: the short form first, or on request the full
 * answer, the materials or the "where to go" part, with their own station's facts, split to
 * Telegram's limit.
 */
import { isLocale } from '../domain/locale.js';
import { placeFacts } from '../domain/people/place-facts.js';
import { describedText, HTML_TEXT } from '../i18n/described-text.js';
import {
  type AnswerPart,
  describeAnswerMessage,
} from '../workflows/services/describe-answer-message.js';
import type { BotContext } from './context.js';
import { type AnswerVia, answerKeyboard } from './keyboards/services.js';
import { splitHtmlMessage } from './split-message.js';

export async function sendTopic(
  ctx: BotContext,
  topicId: string,
  part: AnswerPart,
  hint = false,
  via: AnswerVia = 'b',
): Promise<boolean> {
  const { kb } = ctx.app.services;
  const found = kb.topic(topicId, ctx.locale);
  if (!found) return false;
  const place = ctx.person?.villageCode
    ? await ctx.app.places.villageContext(ctx.person.villageCode)
    : null;
  const answerLocale = isLocale(found.answerLang) ? found.answerLang : 'zh-CN';
  const answer = describeAnswerMessage({
    topic: kb.topic(topicId, answerLocale)?.topic ?? found.topic,
    title: found.topic.title,
    facts: placeFacts(place, ctx.locale),
    part,
    inChinese: found.answerLang !== ctx.locale,
    unknownFact: ctx.t('services-fact-unknown'),
  });
  let html = describedText(answer, ctx.t, HTML_TEXT);
  if (hint) html += `\n\n${ctx.t('services-direct-hint')}`;
  const categoryId = kb
    .categories(ctx.locale)
    .find((c) => c.topicIds.includes(found.topic.id as never))?.id;
  const parts = splitHtmlMessage(html);
  for (const [i, text] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(
      text,
      last ? { reply_markup: answerKeyboard(topicId, categoryId, ctx.t, via) } : {},
    );
  }
  return true;
}
