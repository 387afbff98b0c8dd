/**
 * /start: choose a language, then a village, then the main menu. A QR poster in a village links
 * to `?start=v_<villageCode>`, which preselects that village so the villager only picks a language.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { localize } from '../../domain/locale.js';
import { getVillage } from '../../store/places.repository.js';
import type { BotContext } from '../context.js';
import { languageKeyboard } from '../keyboards/languages.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { pickVillage } from '../keyboards/places.js';

export const start = new Composer<BotContext>();
const privateChats = start.chatType('private');

const DEEP_LINK = /^v_([A-Za-z0-9_-]{1,32})$/;

privateChats.command('start', async (ctx) => {
  const person = ctx.person;
  if (!person) return;
  const presetCode = DEEP_LINK.exec(ctx.match.trim())?.[1];
  const preset = presetCode ? await getVillage(ctx.app.db, presetCode) : null;

  // Someone already set up who scans another village's poster: ask before moving them.
  if (person.language && person.villageCode) {
    if (preset && preset.code !== person.villageCode) {
      const current = await getVillage(ctx.app.db, person.villageCode);
      const keyboard = new InlineKeyboard()
        .text(
          ctx.t('start-switch-yes', { village: localize(preset.name, ctx.locale) }),
          pickVillage.data(preset.code),
        )
        .row()
        .text(ctx.t('start-switch-no'), pickVillage.data(person.villageCode));
      await ctx.reply(
        ctx.t('start-switch-ask', {
          current: current ? localize(current.name, ctx.locale) : person.villageCode,
          village: localize(preset.name, ctx.locale),
        }),
        { reply_markup: keyboard },
      );
      return;
    }
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t('start-welcome-back', { name: person.firstName }), {
      reply_markup: mainMenuKeyboard(ctx.t),
    });
    return;
  }

  ctx.session.flow = {
    name: 'onboarding',
    step: 'language',
    ...(preset ? { preset: preset.code } : {}),
  };
  if (presetCode && !preset) await ctx.reply(ctx.t('start-unknown-village'));
  // Shown in all three languages at once: we do not know yet which one the person reads.
  await ctx.reply(ctx.t('start-choose-language'), { reply_markup: languageKeyboard() });
});

/** Text typed while the language buttons are showing: show them again. */
privateChats.on('message:text', async (ctx, next) => {
  const flow = ctx.session.flow;
  if (flow?.name !== 'onboarding' || flow.step !== 'language' || ctx.msg.text.startsWith('/'))
    return next();
  await ctx.reply(ctx.t('start-choose-language'), { reply_markup: languageKeyboard() });
});
