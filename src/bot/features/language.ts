/**
 * Choosing the language, during onboarding or later with /language. The answer comes back at
 * once in the new language, with the menu buttons relabelled. Only the newest language list
 * acts, once: an older one tapped after a switch is refused as expired.
 */
import { Composer } from 'grammy';
import { isLocale } from '../../domain/locale.js';
import { getVillage } from '../../store/places.repository.js';
import { setLanguage } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';
import { pickLanguage } from '../keyboards/languages.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { refuseStale } from '../refuse.js';
import { askLanguage } from '../screens/language-picker.js';
import { askTownship, chooseVillage } from '../screens/place-picker.js';

export const language = new Composer<BotContext>();
const privateChats = language.chatType('private');

privateChats.command('language', askLanguage);

privateChats.callbackQuery(pickLanguage.pattern, async (ctx) => {
  const locale = ctx.match[1];
  const person = ctx.person;
  if (!isLocale(locale) || !person) return;
  const picker = ctx.callbackQuery.message?.message_id;
  if (picker === undefined || picker !== ctx.session.languagePicker)
    return refuseStale(ctx, 'language list expired');
  ctx.session.languagePicker = undefined;
  await setLanguage(ctx.app.db, ctx.from.id, locale);
  ctx.person = { ...person, language: locale };
  ctx.locale = locale;
  await ctx.i18n.renegotiateLocale();
  await ctx.answerCallbackQuery({ text: ctx.t('language-set') });

  const flow = ctx.session.flow;
  if (flow?.name === 'onboarding' && flow.step === 'language') {
    const preset = flow.preset ? await getVillage(ctx.app.db, flow.preset) : null;
    if (preset) return chooseVillage(ctx, preset);
    if (person.villageCode) {
      ctx.session.flow = undefined;
      await ctx.reply(ctx.t('language-set'), { reply_markup: mainMenuKeyboard(ctx.t) });
      return;
    }
    await ctx.editMessageText(ctx.t('language-set'));
    return askTownship(ctx, false);
  }
  await ctx.reply(ctx.t('language-set'), { reply_markup: mainMenuKeyboard(ctx.t) });
});
