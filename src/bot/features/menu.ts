/**
 * The main menu (/menu and the four big buttons). Features that are not built yet say so kindly
 * and point to what works today, instead of staying silent.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { Translate } from '../i18n.js';
import { mainMenuKeyboard, menuButtonTexts } from '../keyboards/main-menu.js';

export function createMenu(translate: Translate): Composer<BotContext> {
  const menu = new Composer<BotContext>();
  const privateChats = menu.chatType('private');

  privateChats.command('menu', async (ctx) => {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t('menu-shown'), { reply_markup: mainMenuKeyboard(ctx.t) });
  });

  for (const key of ['menu-scam'] as const) {
    privateChats.hears(menuButtonTexts(translate, key), async (ctx) => {
      ctx.session.flow = undefined;
      await ctx.reply(ctx.t('coming-soon', { feature: ctx.t(key) }), {
        reply_markup: mainMenuKeyboard(ctx.t),
      });
    });
  }
  return menu;
}
