/**
 * 我的 (mine): my village officer, my reports, reminder settings, language and village.
 * Each entry opens a screen shared with the feature that owns it (src/bot/screens).
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translate.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { menuButtonTexts } from '../keyboards/main-menu.js';
import { privacyText } from '../privacy.js';
import { askLanguage } from '../screens/language-picker.js';
import { listMyReports } from '../screens/my-reports.js';
import { sendOfficerCard } from '../screens/officer-card.js';
import { askTownship } from '../screens/place-picker.js';
import { showPoints } from '../screens/points.js';
import { showReminders } from '../screens/reminders.js';

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
