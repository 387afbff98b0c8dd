/**
 * 没解决？问驻村民警: the villager's question goes to their village officer's Telegram, with
 * their name only if they agree. It is stored first; the villager gets a question number only
 * once it is saved. The officer answers by replying to the message, and the answer is relayed
 * back in the villager's language.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { localize } from '../../domain/locale.js';
import { covers } from '../../domain/people/roles.js';
import { clipQuestion } from '../../domain/questions/officer-question.js';
import type { Translate } from '../../i18n/translate.js';
import { findByOfficerMessage } from '../../store/officer-questions.repository.js';
import { telegramChatOfPerson } from '../../store/people.repository.js';
import { getVillageContext } from '../../store/places.repository.js';
import { localeOfUser } from '../../store/users.repository.js';
import { answerOfficerQuestion, askOfficer } from '../../workflows/questions/ask-officer.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { cancelFlow, cancelKeyboard } from '../keyboards/cancel.js';
import { isMenuButton, mainMenuKeyboard } from '../keyboards/main-menu.js';
import { askOfficer as askOfficerButton } from '../keyboards/services.js';
import { personIdOf } from '../person-id.js';
import { sendQuestionToOfficer } from '../questions/send-to-officer.js';
import { refuseCallback, refuseStale } from '../refuse.js';
import { askTownship } from '../screens/place-picker.js';

export const shareContact = callbackAction('askc', ['yes|no']);

async function askForContact(ctx: BotContext, question: string): Promise<void> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t('ask-contact-yes'), shareContact.data('yes'))
    .row()
    .text(ctx.t('ask-contact-no'), shareContact.data('no'))
    .row()
    .text(ctx.t('button-cancel'), cancelFlow.data('ask'));
  await ctx.reply(ctx.t('ask-contact', { question }), { reply_markup: keyboard });
}

export function createAskOfficer(translate: Translate): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChats = feature.chatType('private');

  privateChats.callbackQuery(askOfficerButton.pattern, async (ctx) => {
    const topicId = ctx.match[1] === 'none' ? null : (ctx.match[1] ?? null);
    if (topicId && !ctx.app.services.kb.topic(topicId))
      return refuseCallback(ctx, 'unknown service topic');
    await ctx.answerCallbackQuery();
    const code = ctx.person?.villageCode;
    const place = code ? await getVillageContext(ctx.app.db, code) : null;
    if (!place) {
      await ctx.reply(ctx.t('officer-card-no-village'));
      return askTownship(ctx, false);
    }
    const pending = topicId ? undefined : ctx.session.lastQuestion;
    if (pending) {
      ctx.session.flow = { name: 'ask', step: 'contact', topicId, question: pending };
      return askForContact(ctx, pending);
    }
    ctx.session.flow = { name: 'ask', step: 'question', topicId };
    await ctx.reply(
      ctx.t('ask-prompt', { officer: localize(place.village.officer.name, ctx.locale) }),
      { reply_markup: cancelKeyboard(ctx, 'ask') },
    );
  });

  privateChats.on('message', async (ctx, next) => {
    const flow = ctx.session.flow;
    if (flow?.name !== 'ask' || flow.step !== 'question') return next();
    const text = ctx.msg.text ?? ctx.msg.caption;
    if (isMenuButton(translate, text)) {
      ctx.session.flow = undefined;
      return next();
    }
    if (!text || text.startsWith('/')) {
      if (text?.startsWith('/')) return next();
      await ctx.reply(ctx.t('ask-text-only'), { reply_markup: cancelKeyboard(ctx, 'ask') });
      return;
    }
    const question = clipQuestion(text);
    ctx.session.flow = { ...flow, step: 'contact', question };
    await askForContact(ctx, question);
  });

  privateChats.callbackQuery(shareContact.pattern, async (ctx) => {
    const flow = ctx.session.flow;
    const person = ctx.person;
    const place = person?.villageCode
      ? await getVillageContext(ctx.app.db, person.villageCode)
      : null;
    if (flow?.name !== 'ask' || flow.step !== 'contact' || !flow.question || !person || !place) {
      return refuseStale(ctx, 'no question waiting');
    }
    const share = ctx.match[1] === 'yes';
    // Stored before anyone is told it was sent; a double tap finds the flow already cleared.
    const asked = await askOfficer(ctx.app.db, {
      asker: { personId: await personIdOf(ctx) },
      villageCode: place.village.code,
      topicId: flow.topicId,
      question: flow.question,
      shareContact: share,
    });
    ctx.session.flow = undefined;
    ctx.session.lastQuestion = undefined;
    await ctx.answerCallbackQuery();
    if (asked.outcome !== 'stored') return;
    const saved = asked.question;
    const delivered = await sendQuestionToOfficer(
      {
        api: ctx.api,
        db: ctx.app.db,
        translate,
        services: ctx.app.services,
        logger: ctx.app.logger,
      },
      saved,
      place,
      { telegramId: ctx.from.id, name: person.firstName || String(ctx.from.id) },
    );
    const vars = {
      id: String(saved.id),
      officer: localize(place.village.officer.name, ctx.locale),
      phone: place.village.officer.phone,
    };
    await ctx.reply(ctx.t(delivered ? 'ask-sent' : 'ask-not-delivered', vars), {
      reply_markup: mainMenuKeyboard(ctx.t),
    });
  });

  return feature;
}

/**
 * The officer answers by replying to the question message. Registered before the other features,
 * so an officer in the middle of something else (even onboarding) still gets the answer through.
 */
export function createOfficerReplies(translate: Translate): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const replies = feature.chatType('private');

  /** The officer replies to the question message; the answer goes back to the villager. */
  replies.on('message', async (ctx, next) => {
    const repliedTo = ctx.msg.reply_to_message;
    if (!repliedTo) return next();
    const question = await findByOfficerMessage(ctx.app.db, ctx.chat.id, repliedTo.message_id);
    if (!question) return next();
    const place = await getVillageContext(ctx.app.db, question.villageCode);
    const person = ctx.person;
    const allowed =
      person &&
      (person.personId === question.officerId ||
        (place &&
          covers(person, {
            villageCode: place.village.code,
            townshipCode: place.township.code,
            stationCode: place.station.code,
          })));
    if (!allowed) {
      await ctx.reply(ctx.t('ask-not-yours'));
      return;
    }
    const answer = (ctx.msg.text ?? ctx.msg.caption ?? '').trim();
    if (!answer) {
      await ctx.reply(ctx.t('ask-answer-empty'));
      return;
    }
    const answered = await answerOfficerQuestion(ctx.app.db, question, answer);
    if (answered.outcome === 'already-answered') {
      await ctx.reply(ctx.t('ask-already-answered', { id: String(question.id) }));
      return;
    }
    // A web resident asked: the answer waits in their inbox (enqueued with the answer).
    if (answered.notices.length) {
      ctx.app.wakeNotices?.();
      await ctx.reply(ctx.t('ask-answer-confirm', { id: String(question.id) }));
      return;
    }
    // The asker is a person: the answer goes to their Telegram chat.
    const askerChat = await telegramChatOfPerson(ctx.app.db, question.askerId);
    if (askerChat === null) {
      await ctx.reply(ctx.t('ask-answer-undeliverable', { id: String(question.id) }));
      return;
    }
    const askerLocale = await localeOfUser(ctx.app.db, askerChat);
    const officerName = place
      ? localize(place.village.officer.name, askerLocale)
      : person.firstName;
    try {
      await ctx.api.sendMessage(
        askerChat,
        translate(askerLocale, 'ask-answer-relayed', {
          id: String(question.id),
          officer: officerName,
          question: question.question,
          answer: clipQuestion(answer),
        }),
      );
    } catch (error) {
      ctx.app.logger.warn('answer could not reach the villager', {
        question_id: question.id,
        error,
      });
      await ctx.reply(ctx.t('ask-answer-undeliverable', { id: String(question.id) }));
      return;
    }
    await ctx.reply(ctx.t('ask-answer-confirm', { id: String(question.id) }));
  });

  return feature;
}
