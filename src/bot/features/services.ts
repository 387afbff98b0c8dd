/**
 * 办事咨询: browse the knowledge base by category and topic, or ask in your own words. A clear
 * match is answered at once, a close call offers the three likeliest topics, and anything else
 * says so plainly and offers the village officer, the menu, and 110.
 */

import { Composer } from 'grammy';
import { isBareNumber } from '../../domain/fraud/bare-number.js';
import { checkMessage } from '../../domain/fraud/index.js';
import { placeFacts } from '../../domain/people/place-facts.js';
import { clipQuestion } from '../../domain/questions/officer-question.js';
import { looksLikeQuestion } from '../../domain/services/catalog.js';
import type { Translate } from '../../i18n/translate.js';
import { recordUnanswered } from '../../store/answer-feedback.repository.js';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard, menuButtonTexts } from '../keyboards/main-menu.js';
import {
  answerFeedback,
  categoriesKeyboard,
  goHome,
  notSureKeyboard,
  showCategories,
  showCategory,
  showFull,
  showMaterials,
  showTopic,
  showWhere,
  topicsKeyboard,
} from '../keyboards/services.js';
import { refuseCallback } from '../refuse.js';
import { checkAndReply } from '../screens/scam-verdict.js';
import { sendTopic } from '../send-topic.js';

async function placeOf(ctx: BotContext) {
  return ctx.person?.villageCode ? ctx.app.places.villageContext(ctx.person.villageCode) : null;
}

function officerOf(ctx: BotContext, place: Awaited<ReturnType<typeof placeOf>>): string {
  return place
    ? (placeFacts(place, ctx.locale).officer_name ?? '')
    : ctx.t('services-fact-unknown');
}

async function sendCategories(ctx: BotContext, edit: boolean): Promise<void> {
  const text = ctx.t('services-choose-category');
  const reply_markup = categoriesKeyboard(ctx.app.services.kb.categories(ctx.locale));
  if (edit) await ctx.editMessageText(text, { reply_markup });
  else await ctx.reply(text, { reply_markup });
}

export function createServices(translate: Translate): Composer<BotContext> {
  const services = new Composer<BotContext>();
  const privateChats = services.chatType('private');

  privateChats.hears(menuButtonTexts(translate, 'menu-services'), async (ctx) => {
    ctx.session.flow = undefined;
    await sendCategories(ctx, false);
  });

  privateChats.callbackQuery(showCategories.pattern, (ctx) =>
    sendCategories(ctx, Boolean(ctx.callbackQuery.message)),
  );

  privateChats.callbackQuery(showCategory.pattern, async (ctx) => {
    const category = ctx.app.services.kb.categories(ctx.locale).find((c) => c.id === ctx.match[1]);
    if (!category) return refuseCallback(ctx, 'unknown service category');
    const topics = category.topicIds.map((id) => ({
      id,
      title: ctx.app.services.kb.topic(id, ctx.locale)?.topic.title ?? id,
    }));
    await ctx.editMessageText(ctx.t('services-choose-topic', { category: category.title }), {
      reply_markup: topicsKeyboard(topics, ctx.t),
    });
  });

  for (const [action, part] of [
    [showTopic, 'short'],
    [showFull, 'full'],
    [showMaterials, 'materials'],
    [showWhere, 'where'],
  ] as const) {
    privateChats.callbackQuery(action.pattern, async (ctx) => {
      if (!(await sendTopic(ctx, ctx.match[1] ?? '', part)))
        return refuseCallback(ctx, 'unknown service topic');
      await ctx.answerCallbackQuery();
    });
  }

  // 有用 / 没解决: "没解决" is kept for the station's weekly review (without who asked) and
  // offers the village officer.
  privateChats.callbackQuery(answerFeedback.pattern, async (ctx) => {
    const [, topicId = '', verdict, via] = ctx.match;
    if (!ctx.app.services.kb.topic(topicId)) return refuseCallback(ctx, 'unknown service topic');
    if (verdict === 'ok') {
      await ctx.answerCallbackQuery({ text: ctx.t('services-feedback-thanks') });
      return;
    }
    await ctx.answerCallbackQuery();
    const place = await placeOf(ctx);
    await recordUnanswered(ctx.app.db, {
      outcome: 'not-solved',
      question: via === 'b' ? null : (ctx.session.lastQuestion ?? null),
      topicId,
      band: via === 'h' ? 'high' : via === 'm' ? 'medium' : 'browse',
      villageCode: place?.village.code ?? null,
      stationCode: place?.station.code ?? null,
    });
    await ctx.reply(ctx.t('services-feedback-sorry', { officer: officerOf(ctx, place) }), {
      reply_markup: notSureKeyboard(ctx.t, [], topicId),
    });
  });

  privateChats.callbackQuery(goHome.pattern, async (ctx) => {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t('menu-shown'), { reply_markup: mainMenuKeyboard(ctx.t) });
  });

  return services;
}

/**
 * A question in the person's own words, outside any flow. Registered after every feature that
 * reacts to text (menu buttons, flows), just before "unhandled".
 */
export function createServiceQuestions(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const questions = feature.chatType('private');
  questions.on('message:text', async (ctx, next) => {
    const text = ctx.msg.text;
    if (ctx.session.flow || text.startsWith('/')) return next();
    const result = ctx.app.services.matcher.match(text, ctx.locale);
    // Greetings and chit-chat ("你是机器人吗"): a kind word and the menu, never a police topic.
    // Someone not yet set up is reminded to send /start by "unhandled" instead.
    if (result.smallTalk) {
      if (!ctx.person?.villageCode) return next();
      await ctx.reply(ctx.t('services-small-talk'), { reply_markup: mainMenuKeyboard(ctx.t) });
      return;
    }
    // A bare phone number is someone asking "is this number a scam?": check it, blocklist included.
    if (isBareNumber(text)) return checkAndReply(ctx, text);
    if (!looksLikeQuestion(text)) return next();
    // A pasted scam is not a service question: the villager needs the warning first.
    if (checkMessage(text, { blocklist: ctx.app.blocklist?.lookup }).risk === 'high')
      return checkAndReply(ctx, text);
    // Kept for "没解决" and for the officer, whatever the answer.
    ctx.session.lastQuestion = clipQuestion(text);
    if (result.topic && result.band === 'high') {
      await sendTopic(ctx, result.topic, 'short', true, 'h');
      return;
    }
    const guesses = result.topic
      ? [
          { id: result.topic, title: result.title },
          ...result.alternatives.map((a) => ({ id: a.topic, title: a.title })),
        ]
      : [];
    if (result.band === 'medium') {
      await ctx.reply(ctx.t('services-maybe'), { reply_markup: topicsKeyboard(guesses, ctx.t) });
      return;
    }
    // Not sure: say so, keep the question for the officer and for the station's weekly review
    // (without who asked), and offer the guesses as buttons only.
    const place = await placeOf(ctx);
    await recordUnanswered(ctx.app.db, {
      outcome: 'not-sure',
      question: text,
      topicId: result.topic,
      band: result.band,
      villageCode: place?.village.code ?? null,
      stationCode: place?.station.code ?? null,
    });
    await ctx.reply(ctx.t('services-not-sure', { officer: officerOf(ctx, place) }), {
      reply_markup: notSureKeyboard(ctx.t, guesses),
    });
  });

  return feature;
}
