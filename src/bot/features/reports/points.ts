/**
 * 积分+警务 for residents and the village shop (爱心超市): a resident sees their balance and
 * history under 我的 → 积分 and can show a short redemption code; the officer at the shop records
 * the exchange with /redeem <code> <points> <item>. Codes expire after 15 minutes. The view and
 * the codes are the channel-neutral workflows in `workflows/points` (the web chat's 我的积分 uses
 * them too), so /redeem takes a code given on either channel.
 */
import { Composer } from 'grammy';
import { telegramAddress } from '../../../domain/people/addresses.js';
import { isStaff } from '../../../domain/people/roles.js';
import { issueRedeemCode, redeemWithCode } from '../../../workflows/points/redeem.js';
import type { BotContext } from '../../context.js';
import { refuseCommand } from '../../refuse.js';
import { redeemCode } from '../../screens/points.js';

export const points = new Composer<BotContext>();
const chats = points.chatType('private');

chats.callbackQuery(redeemCode.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  const code = await issueRedeemCode(ctx.app.db, ctx.app.cache, telegramAddress(ctx.from.id));
  await ctx.reply(ctx.t('points-code', { code }));
});

chats.command('redeem', async (ctx) => {
  const officer = ctx.person;
  if (!officer || !isStaff(officer)) {
    return refuseCommand(ctx, 'redeem');
  }
  const [code, amountText, ...item] = ctx.match.trim().split(/\s+/);
  const amount = Number(amountText);
  if (
    !code ||
    !/^\d{6}$/.test(code) ||
    !Number.isSafeInteger(amount) ||
    amount <= 0 ||
    amount > 100_000 ||
    item.length === 0
  ) {
    await ctx.reply(ctx.t('redeem-usage'));
    return;
  }
  const result = await redeemWithCode(
    { db: ctx.app.db, codes: ctx.app.cache, now: () => new Date() },
    officer,
    { code, points: amount, item: item.join(' ').slice(0, 100) },
  );
  if (result.outcome === 'refused') return refuseCommand(ctx, 'redeem');
  if (result.outcome === 'bad-code') {
    await ctx.reply(ctx.t('redeem-bad-code'));
    return;
  }
  if (result.outcome === 'insufficient') {
    await ctx.reply(ctx.t('redeem-insufficient', { balance: result.balance }));
    return;
  }
  await ctx.reply(ctx.t('redeem-done', { points: amount, balance: result.balance }));
  // The resident hears on the channel they asked for the code from, in their own language.
  ctx.app.wakeNotices?.();
});
