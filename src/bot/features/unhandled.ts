/**
 * The last feature: whatever no other feature took. Text and unknown commands get the menu, not
 * silence. Stickers, voice notes and the like get a kind note. Button presses nobody claimed are
 * stale or forged and are refused.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { refuseCallback } from '../refuse.js';

export const unhandled = new Composer<BotContext>();
const privateChats = unhandled.chatType('private');

privateChats.on('message:text', async (ctx) => {
  const key = ctx.msg.text.startsWith('/') ? 'unknown-command' : 'unhandled-text';
  await ctx.reply(ctx.t(key), { reply_markup: mainMenuKeyboard(ctx.t) });
  if (!ctx.person?.villageCode) await ctx.reply(ctx.t('onboarding-hint'));
});

privateChats.on('message', async (ctx) => {
  await ctx.reply(ctx.t('unhandled-media'), { reply_markup: mainMenuKeyboard(ctx.t) });
});

unhandled.on('callback_query', (ctx) => refuseCallback(ctx, 'no handler for callback data'));
