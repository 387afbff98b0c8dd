/**
 * 我的 → 积分: a resident's balance and history, the same blocks the web chat shows, with the
 * button for a redemption code. Opened from 我的; the points feature handles the button.
 */
import { InlineKeyboard } from 'grammy';
import { telegramAddress } from '../../domain/people/addresses.js';
import { escapeHtml } from '../../i18n/html.js';
import type { Described, DescribedText } from '../../workflows/described.js';
import { describePoints, myPoints, reasonWordsOf } from '../../workflows/points/describe-points.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';

export const redeemCode = callbackAction('ptc');

export async function showPoints(ctx: BotContext): Promise<void> {
  const id = ctx.person ? ctx.from?.id : undefined;
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
