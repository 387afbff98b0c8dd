/**
 * Choosing one's village: township buttons, then village buttons, or typing the name. Shared by
 * onboarding and by /village. The buttons act only while a choice is in progress: an old list
 * tapped weeks later is refused as expired instead of silently moving the person (and their
 * reports' officer) to another village. Codes that do not exist are refused.
 */
import { Composer } from 'grammy';
import { localize } from '../../domain/locale.js';
import type { Village } from '../../domain/people/places.js';
import { findVillagesByName } from '../../domain/people/village-search.js';
import {
  getTownship,
  getVillage,
  getVillageContext,
  listTownships,
  listVillages,
} from '../../store/places.repository.js';
import { setVillage } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';
import { cancelFlow } from '../keyboards/cancel.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import {
  backToTownships,
  pickTownship,
  pickVillage,
  townshipKeyboard,
  villageKeyboard,
} from '../keyboards/places.js';
import { refuseCallback, refuseStale } from '../refuse.js';

export const placePicker = new Composer<BotContext>();

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

async function askVillage(ctx: BotContext, townshipCode: string): Promise<void> {
  const township = await getTownship(ctx.app.db, townshipCode);
  if (!township) return refuseCallback(ctx, 'unknown township');
  const villages = await listVillages(ctx.app.db, township.code);
  const flow = ctx.session.flow;
  ctx.session.flow =
    flow?.name === 'onboarding'
      ? { ...flow, step: 'village', township: township.code }
      : { name: 'village', step: 'village', township: township.code };
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(
    ctx.t('place-ask-village', { township: localize(township.name, ctx.locale) }),
    {
      reply_markup: villageKeyboard(villages, ctx.locale, ctx.t('place-back-townships')),
    },
  );
}

/** Saves the village, ends the flow and shows the main menu with the officer's name. */
export async function chooseVillage(ctx: BotContext, village: Village): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const place = await getVillageContext(ctx.app.db, village.code);
  if (!place) return;
  await setVillage(ctx.app.db, person.telegramId, village.code);
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

/** Whether a township or village is being chosen right now (onboarding past the language, or /village). */
function choosing(ctx: BotContext): boolean {
  const flow = ctx.session.flow;
  return (flow?.name === 'onboarding' && flow.step !== 'language') || flow?.name === 'village';
}

placePicker.callbackQuery(pickTownship.pattern, (ctx) =>
  choosing(ctx) ? askVillage(ctx, ctx.match[1] ?? '') : refuseStale(ctx, 'township list expired'),
);

placePicker.callbackQuery(backToTownships.pattern, async (ctx) => {
  if (!choosing(ctx)) return refuseStale(ctx, 'township list expired');
  await ctx.answerCallbackQuery();
  await askTownship(ctx);
});

placePicker.callbackQuery(pickVillage.pattern, async (ctx) => {
  if (!choosing(ctx)) return refuseStale(ctx, 'village list expired');
  const village = await getVillage(ctx.app.db, ctx.match[1] ?? '');
  if (!village) return refuseCallback(ctx, 'unknown village');
  await chooseVillage(ctx, village);
});

/** A typed village name while choosing: one match is taken, several are offered as buttons. */
placePicker.on('message:text', async (ctx, next) => {
  const flow = ctx.session.flow;
  // Typing instead of answering a poster's "change village?" leaves the village as it is.
  if (flow?.name === 'village' && flow.step === 'confirm') {
    ctx.session.flow = undefined;
    return next();
  }
  if (!choosing(ctx) || ctx.msg.text.startsWith('/')) return next();
  const matches = findVillagesByName(await listVillages(ctx.app.db), ctx.msg.text);
  const [only] = matches;
  if (matches.length === 1 && only) return chooseVillage(ctx, only);
  if (matches.length > 1) {
    await ctx.reply(ctx.t('place-several-found'), {
      reply_markup: villageKeyboard(matches.slice(0, 12), ctx.locale),
    });
    return;
  }
  const townships = await listTownships(ctx.app.db);
  await ctx.reply(ctx.t('place-not-found'), {
    reply_markup: townshipKeyboard(townships, ctx.locale),
  });
});
