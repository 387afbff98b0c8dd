/**
 * The language list, shared by onboarding (/start), /language and 我的. Only the newest list
 * acts: the language feature refuses an older one tapped after a switch.
 */
import type { BotContext } from '../context.js';
import { languageKeyboard } from '../keyboards/languages.js';

/** Shows the language list (in all three languages) and remembers it as the one that acts. */
export async function askLanguage(ctx: BotContext): Promise<void> {
  const sent = await ctx.reply(ctx.t('start-choose-language'), {
    reply_markup: languageKeyboard(),
  });
  ctx.session.languagePicker = sent.message_id;
}
