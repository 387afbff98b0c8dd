/**
 * /start: choose a language, then a village, then the main menu. A QR poster in a village links
 * to `?start=v_<villageCode>`, which preselects that village so the villager only picks a language.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { localize } from '../../domain/locale.js';
import { getVillage } from '../../store/places.repository.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { pickVillage } from '../keyboards/places.js';
import { refuseStale } from '../refuse.js';
import { askLanguage } from '../screens/language-picker.js';

export const start = new Composer<BotContext>();
const privateChats = start.chatType('private');

const DEEP_LINK = /^v_([A-Za-z0-9_-]{1,32})$/;

/** "不改，保持原来的村" under a poster's switch question: nothing changes, and it says so. */
export const keepVillage = callbackAction('keepvil');

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
        .text(ctx.t('start-switch-no'), keepVillage.data());
      // The "change" button acts only while this question is open (see place-picker).
      ctx.session.flow = { name: 'village', step: 'confirm' };
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
  await askLanguage(ctx);
});

privateChats.callbackQuery(keepVillage.pattern, async (ctx) => {
  const person = ctx.person;
  if (ctx.session.flow?.name !== 'village' || !person?.villageCode)
    return refuseStale(ctx, 'switch question expired');
  ctx.session.flow = undefined;
  const current = await getVillage(ctx.app.db, person.villageCode);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(
    ctx.t('start-switch-kept', {
      village: current ? localize(current.name, ctx.locale) : person.villageCode,
    }),
  );
});

/** Text typed while the language buttons are showing: show them again. */
privateChats.on('message:text', async (ctx, next) => {
  const flow = ctx.session.flow;
  if (flow?.name !== 'onboarding' || flow.step !== 'language' || ctx.msg.text.startsWith('/'))
    return next();
  await askLanguage(ctx);
});
