/**
 * 积分+警务 for residents and the village shop (爱心超市): a resident sees their balance and
 * history under 我的 → 积分 and can show a short redemption code; the officer at the shop records
 * the exchange with /redeem <code> <points> <item>. Codes expire after 15 minutes. The view and
 * the codes are the channel-neutral workflows in `workflows/points` (the web chat's 我的积分 uses
 * them too), so /redeem takes a code given on either channel.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { telegramAddress } from '../../../domain/people/addresses.js';
import { isStaff } from '../../../domain/people/roles.js';
import { escapeHtml } from '../../../i18n/html.js';
import type { Described, DescribedText } from '../../../workflows/described.js';
import {
  describePoints,
  myPoints,
  reasonWordsOf,
} from '../../../workflows/points/describe-points.js';
import { issueRedeemCode, redeemWithCode } from '../../../workflows/points/redeem.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { refuseCommand } from '../../refuse.js';

export const redeemCode = callbackAction('ptc');

export async function showPoints(ctx: BotContext): Promise<void> {
  const id = ctx.person?.telegramId;
  if (!id) return;
  const words = reasonWordsOf(ctx.app.translate);
  const mine = await myPoints(ctx.app.db, telegramAddress(id), words, ctx.app.config.TZ);
  await ctx.reply(describedText(ctx, describePoints(mine)), {
    reply_markup: new InlineKeyboard().text(ctx.t('points-code-button'), redeemCode.data()),
  });
}

/** The points view as one message: the same blocks the web chat shows, one line each. */
function describedText(ctx: BotContext, message: Described): string {
  const say = (text: DescribedText): string => {
    if ('text' in text) return escapeHtml(text.text);
    const vars: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(text.vars ?? {}))
      vars[name] = typeof value === 'object' ? ctx.t(value.key) : value;
    return ctx.t(text.key, vars);
  };
  const lines: string[] = [];
  for (const block of message.blocks) {
    if (block.type === 'list') {
      if (block.label) lines.push('', say(block.label));
      lines.push(...block.items.map(say));
    } else if (block.type === 'note') lines.push('', say(block.text));
    else if (block.type === 'title') lines.push(`<b>${say(block.text)}</b>`);
    else if (block.type === 'paragraph') lines.push(say(block.text));
  }
  return lines.join('\n');
}

export const points = new Composer<BotContext>();
const chats = points.chatType('private');

chats.callbackQuery(redeemCode.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  const code = await issueRedeemCode(ctx.app.db, ctx.app.cache, telegramAddress(ctx.from.id));
  await ctx.reply(ctx.t('points-code', { code }));
});

chats.command('redeem', async (ctx) => {
  if (!isStaff(ctx.person)) {
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
    ctx.from.id,
    { code, points: amount, item: item.join(' ').slice(0, 100) },
  );
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
