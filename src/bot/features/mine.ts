/**
 * 我的 (mine): my village officer, my reports, reminder settings, language and village.
 * The officer card gives the names and numbers a villager needs, and the emergency lines.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { localize } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translate.js';
import { getVillageContext } from '../../store/places.repository.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { menuButtonTexts } from '../keyboards/main-menu.js';
import { privacyText } from '../privacy.js';
import { askLanguage } from './language.js';
import { askTownship } from './place-picker.js';
import { showReminders } from './reminders.js';
import { listMyReports } from './reports/my-reports.js';
import { showPoints } from './reports/points.js';

export const mineAction = callbackAction('me', [
  'officer|reports|points|reminders|language|village|privacy',
]);

function mineKeyboard(t: BotContext['t']): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('mine-officer'), mineAction.data('officer'))
    .row()
    .text(t('mine-reports'), mineAction.data('reports'))
    .text(t('mine-points'), mineAction.data('points'))
    .row()
    .text(t('mine-reminders'), mineAction.data('reminders'))
    .row()
    .text(t('mine-language'), mineAction.data('language'))
    .text(t('mine-village'), mineAction.data('village'))
    .row()
    .text(t('mine-privacy'), mineAction.data('privacy'));
}

/** The "my village officer" card, or a prompt to choose a village first. */
export async function sendOfficerCard(ctx: BotContext): Promise<void> {
  const code = ctx.person?.villageCode;
  const place = code ? await getVillageContext(ctx.app.db, code) : null;
  if (!place) {
    await ctx.reply(ctx.t('officer-card-no-village'));
    await askTownship(ctx, false);
    return;
  }
  const l = (text: Parameters<typeof localize>[0]) => localize(text, ctx.locale);
  await ctx.reply(
    ctx.t('officer-card', {
      village: l(place.village.name),
      township: l(place.township.name),
      officer: l(place.village.officer.name),
      officerPhone: place.village.officer.phone,
      station: l(place.station.name),
      stationAddress: l(place.station.address),
      stationPhone: place.station.phone,
      stationHours: l(place.station.hours),
    }),
  );
}

export function createMine(translate: Translate): Composer<BotContext> {
  const mine = new Composer<BotContext>();
  const privateChats = mine.chatType('private');

  privateChats.hears(menuButtonTexts(translate, 'menu-mine'), async (ctx) => {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t('mine-title'), { reply_markup: mineKeyboard(ctx.t) });
  });

  privateChats.callbackQuery(mineAction.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    switch (ctx.match[1]) {
      case 'officer':
        return sendOfficerCard(ctx);
      case 'language':
        return askLanguage(ctx);
      case 'village':
        return askTownship(ctx, false);
      case 'reports':
        return listMyReports(ctx);
      case 'points':
        return showPoints(ctx);
      case 'privacy':
        await ctx.reply(privacyText(ctx));
        return;
      default:
        return showReminders(ctx);
    }
  });
  return mine;
}
