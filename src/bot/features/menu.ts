/**
 * /menu: back to the four big buttons from anywhere. Each button is handled by its own feature.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';

export const menu = new Composer<BotContext>();

menu.chatType('private').command('menu', async (ctx) => {
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t('menu-shown'), { reply_markup: mainMenuKeyboard(ctx.t) });
});
