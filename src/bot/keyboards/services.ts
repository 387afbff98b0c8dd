/**
 * Buttons for the service answers: categories, topics, and the actions under an answer.
 * Topic and category ids are fixed, short and ASCII, so they fit the 64-byte payload limit.
 */
import { InlineKeyboard } from 'grammy';
import type { ServiceCategory } from '../../domain/services/knowledge-base.js';
import { callbackAction } from '../callback-data.js';

const CATEGORY = '[a-z]+(?:-[a-z]+)*';
const TOPIC = '[a-z]+\\.[a-z]+(?:-[a-z]+)*';

export const showCategories = callbackAction('svcl');
export const showCategory = callbackAction('svcc', [CATEGORY]);
export const showTopic = callbackAction('svct', [TOPIC]);
export const showMaterials = callbackAction('svcm', [TOPIC]);
export const showWhere = callbackAction('svcw', [TOPIC]);
export const showFull = callbackAction('svcf', [TOPIC]);
/**
 * 有用 / 没解决 under an answer. The last argument says how the villager reached the topic:
 * `h` answered directly from a typed question, `b` browsed or picked from the bot's guesses
 * (`m` is kept for a guess picked right after a question).
 */
export const answerFeedback = callbackAction('svfb', [TOPIC, 'ok|no', 'h|m|b']);
export type AnswerVia = 'h' | 'm' | 'b';
export const askOfficer = callbackAction('ask', [`${TOPIC}|none`]);
export const goHome = callbackAction('home');

type T = (key: string) => string;

export function categoriesKeyboard(categories: ServiceCategory[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  categories.forEach((c, i) => {
    keyboard.text(c.title, showCategory.data(c.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function topicsKeyboard(
  topics: Array<{ id: string; title: string }>,
  t: T,
  backTo = showCategories.data(),
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const topic of topics) keyboard.text(topic.title, showTopic.data(topic.id)).row();
  return keyboard
    .text(t('services-button-back'), backTo)
    .text(t('services-button-home'), goHome.data());
}

export function answerKeyboard(
  topicId: string,
  categoryId: string | undefined,
  t: T,
  via: AnswerVia = 'b',
): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('services-button-materials'), showMaterials.data(topicId))
    .text(t('services-button-where'), showWhere.data(topicId))
    .row()
    .text(t('services-button-full'), showFull.data(topicId))
    .row()
    .text(t('services-button-helpful'), answerFeedback.data(topicId, 'ok', via))
    .text(t('services-button-not-solved'), answerFeedback.data(topicId, 'no', via))
    .row()
    .text(t('services-button-ask'), askOfficer.data(topicId))
    .row()
    .text(
      t('services-button-back'),
      categoryId ? showCategory.data(categoryId) : showCategories.data(),
    )
    .text(t('services-button-home'), goHome.data());
}

/** Under "not sure": the matcher's guesses (if any), then the officer and the menu. */
export function notSureKeyboard(
  t: T,
  guesses: Array<{ id: string; title: string }> = [],
  askAbout = 'none',
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const guess of guesses) keyboard.text(`❔ ${guess.title}`, showTopic.data(guess.id)).row();
  return keyboard
    .text(t('services-button-ask'), askOfficer.data(askAbout))
    .row()
    .text(t('services-button-browse'), showCategories.data());
}
