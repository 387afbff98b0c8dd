/**
 * 积分+警务 for residents and the village shop (爱心超市): a resident sees their balance and
 * history under 我的 → 积分 and can show a short redemption code; the officer at the shop records
 * the exchange with /redeem <code> <points> <item>. Codes expire after 15 minutes.
 */
import { randomInt } from 'node:crypto';
import { Composer, InlineKeyboard } from 'grammy';
import { telegramAddress } from '../../../domain/people/addresses.js';
import { isStaff } from '../../../domain/people/roles.js';
import { appendAudit } from '../../../store/audit.repository.js';
import { ensurePerson } from '../../../store/people.repository.js';
import {
  InsufficientPointsError,
  pointBalance,
  pointHistory,
  redeemPoints,
} from '../../../store/points.repository.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { refuseCommand } from '../../refuse.js';

export const redeemCode = callbackAction('ptc');
const CODE_TTL_MS = 15 * 60_000;

export async function showPoints(ctx: BotContext): Promise<void> {
  const id = ctx.person?.telegramId;
  if (!id) return;
  const person = await ensurePerson(ctx.app.db, telegramAddress(id));
  const balance = await pointBalance(ctx.app.db, person);
  const history = await pointHistory(ctx.app.db, person, 10);
  const lines = history.map((e) =>
    ctx.t('points-history-line', {
      date: e.at.slice(0, 10),
      delta: e.delta > 0 ? `+${e.delta}` : String(e.delta),
      reason: e.reason,
    }),
  );
  await ctx.reply([ctx.t('points-balance', { balance }), ...lines].join('\n'), {
    reply_markup: new InlineKeyboard().text(ctx.t('points-code-button'), redeemCode.data()),
  });
}

export const points = new Composer<BotContext>();
const chats = points.chatType('private');

chats.callbackQuery(redeemCode.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  const code = String(randomInt(100000, 1000000));
  await ctx.app.cache.set(`redeem:${code}`, ctx.from.id, CODE_TTL_MS);
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
  const userId = (await ctx.app.cache.get(`redeem:${code}`)) as number | undefined;
  if (!userId) {
    await ctx.reply(ctx.t('redeem-bad-code'));
    return;
  }
  try {
    const balance = await redeemPoints(
      ctx.app.db,
      await ensurePerson(ctx.app.db, telegramAddress(userId)),
      amount,
      item.join(' ').slice(0, 100),
      ctx.from.id,
    );
    await ctx.app.cache.delete(`redeem:${code}`);
    await appendAudit(ctx.app.db, {
      actorId: ctx.from.id,
      action: 'points.redeem',
      detail: { points: amount },
    });
    await ctx.reply(ctx.t('redeem-done', { points: amount, balance }));
    await ctx.api
      .sendMessage(
        userId,
        ctx.t('redeem-done-resident', { points: amount, balance, item: item.join(' ') }),
      )
      .catch(() => {});
  } catch (error) {
    if (!(error instanceof InsufficientPointsError)) throw error;
    await ctx.reply(ctx.t('redeem-insufficient', { balance: error.balance }));
  }
});
