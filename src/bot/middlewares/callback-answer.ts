/**
 * Every button press gets exactly one answer. Telegram refuses a second answer to the same
 * press, and a press never answered leaves the button spinning on the person's phone, so the
 * first answer wins, later ones are skipped, and an unanswered press is answered at the end.
 */
import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.js';

export async function answerCallbackOnce(ctx: BotContext, next: NextFunction): Promise<void> {
  if (!ctx.callbackQuery) return next();
  let answered = false;
  const answer = ctx.answerCallbackQuery.bind(ctx);
  ctx.answerCallbackQuery = async (...args: Parameters<typeof answer>) => {
    if (answered) return true;
    answered = true;
    return answer(...args);
  };
  await next();
  if (!answered) await ctx.answerCallbackQuery().catch(() => {});
}
