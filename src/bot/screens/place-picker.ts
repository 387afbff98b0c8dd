/**
 * The village picker's two entry points, shared by onboarding, /village, 我的, the language
 * choice, the report flow and /ask: show the township list, and save a chosen village. The
 * buttons of the list are handled by the place-picker feature.
 */
import { localize } from '../../domain/locale.js';
import type { Village } from '../../domain/people/places.js';
import { getVillageContext, listTownships } from '../../store/places.repository.js';
import { setVillage } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';
import { cancelFlow } from '../keyboards/cancel.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { townshipKeyboard } from '../keyboards/places.js';

/** Shows the township list, editing the message the button was on when there is one. */
export async function askTownship(
  ctx: BotContext,
  edit = Boolean(ctx.callbackQuery?.message),
): Promise<void> {
  const townships = await listTownships(ctx.app.db);
  const flow = ctx.session.flow;
  ctx.session.flow =
    flow?.name === 'onboarding'
      ? { ...flow, step: 'township' }
      : { name: 'village', step: 'township' };
  const text = ctx.t('place-ask-township');
  const reply_markup = townshipKeyboard(townships, ctx.locale);
  // Onboarding must end with a village; /village can be left as it was.
  if (ctx.session.flow?.name === 'village')
    reply_markup.row().text(ctx.t('button-cancel'), cancelFlow.data('village'));
  if (edit) await ctx.editMessageText(text, { reply_markup });
  else await ctx.reply(text, { reply_markup });
}

/** Saves the village, ends the flow and shows the main menu with the officer's name. */
export async function chooseVillage(ctx: BotContext, village: Village): Promise<void> {
  const person = ctx.person;
  if (!person || !ctx.from) return;
  const place = await getVillageContext(ctx.app.db, village.code);
  if (!place) return;
  await setVillage(ctx.app.db, ctx.from.id, village.code);
  ctx.person = { ...person, villageCode: village.code };
  const wasOnboarding = ctx.session.flow?.name === 'onboarding';
  ctx.session.flow = undefined;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.reply(
    ctx.t(wasOnboarding ? 'place-done-welcome' : 'place-done', {
      village: localize(village.name, ctx.locale),
      township: localize(place.township.name, ctx.locale),
      officer: localize(village.officer.name, ctx.locale),
    }),
    { reply_markup: mainMenuKeyboard(ctx.t) },
  );
}
