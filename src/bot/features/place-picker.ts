/**
 * Choosing one's village: township buttons, then village buttons, or typing the name. Shared by
 * onboarding and by /village. The buttons act only while a choice is in progress: an old list
 * tapped weeks later is refused as expired instead of silently moving the person (and their
 * reports' officer) to another village. Codes that do not exist are refused.
 */
import { Composer } from 'grammy';
import { localize } from '../../domain/locale.js';
import { findVillagesByName } from '../../domain/people/village-search.js';
import {
  getTownship,
  getVillage,
  listTownships,
  listVillages,
} from '../../store/places.repository.js';
import type { BotContext } from '../context.js';
import {
  backToTownships,
  pickTownship,
  pickVillage,
  townshipKeyboard,
  villageKeyboard,
} from '../keyboards/places.js';
import { refuseCallback, refuseStale } from '../refuse.js';
import { askTownship, chooseVillage } from '../screens/place-picker.js';

export const placePicker = new Composer<BotContext>();

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
