/**
 * Every button press gets exactly one answer. Telegram refuses a second answer to the same
 * press, and a press never answered leaves the button spinning on the person's phone, so the
 * first answer wins, later ones are skipped, and an unanswered press is answered at the end.
 *
 * An answer Telegram refuses never stops the work: after a restart the same press comes again
 * ("query is too old"), and what it asked for (an approval, a status change) must still be
 * followed by its messages. The answer only stops the spinner on the phone.
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
    return answer(...args).catch((error: unknown) => {
      if (!/query is too old|query ID is invalid/.test(String(error)))
        ctx.app.logger.warn('a button press could not be answered', { error });
      return true as const;
    });
  };
  await next();
  if (!answered) await ctx.answerCallbackQuery().catch(() => {});
}
