/**
 * The small always-available commands: /help, /privacy, /village, /cancel, /whoami. /cancel works
 * in any flow, and says so when there was nothing to cancel. /whoami tells anyone their numeric
 * Telegram id, which admins need for ADMIN_IDS and /grant.
 */
import { Composer } from 'grammy';
import { isStaff } from '../../domain/people/roles.js';
import type { BotContext } from '../context.js';
import { cancelFlow, dismiss } from '../keyboards/cancel.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { privacyText } from '../privacy.js';
import { refuseStale } from '../refuse.js';
import { sendOfficerCard } from '../screens/officer-card.js';
import { askTownship } from '../screens/place-picker.js';

export const basics = new Composer<BotContext>();

const privateChats = basics.chatType('private');

privateChats.command('help', async (ctx) => {
  await ctx.reply(ctx.t('help'), { reply_markup: mainMenuKeyboard(ctx.t) });
  if (isStaff(ctx.person))
    await ctx.reply(ctx.t(ctx.person?.role === 'admin' ? 'help-admin' : 'help-officer'));
});

privateChats.command('whoami', (ctx) => ctx.reply(ctx.t('whoami', { id: String(ctx.from.id) })));

privateChats.command('privacy', (ctx) => ctx.reply(privacyText(ctx)));

privateChats.command('village', (ctx) => askTownship(ctx, false));

privateChats.command('officer', (ctx) => sendOfficerCard(ctx));

privateChats.command('cancel', async (ctx) => {
  const hadFlow = ctx.session.flow !== undefined;
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t(hadFlow ? 'cancel-done' : 'cancel-nothing'), {
    reply_markup: mainMenuKeyboard(ctx.t),
  });
});

privateChats.callbackQuery(dismiss.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('cancel-done'));
});

/** "取消" under a prompt: ends that flow if it is still the one in progress, else it expired. */
privateChats.callbackQuery(cancelFlow.pattern, async (ctx) => {
  if (ctx.session.flow?.name !== ctx.match[1]) return refuseStale(ctx, 'cancel of a finished flow');
  ctx.session.flow = undefined;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  await ctx.reply(ctx.t('cancel-done'), { reply_markup: mainMenuKeyboard(ctx.t) });
});
