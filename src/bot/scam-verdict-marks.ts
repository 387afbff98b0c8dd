/**
 * "这个判断对吗？" under a scam verdict, for officers and admins only: their right/wrong marks go
 * to the store, and the checks marked wrong appear in the station's weekly review, so the rules
 * can be corrected. The verdict is recomputed from the text the officer just checked (kept in
 * their session), so the button payload carries only the mark.
 */
import type { InlineKeyboard } from 'grammy';
import { checkMessage } from '../domain/fraud/index.js';
import { isStaff } from '../domain/people/roles.js';
import { recordScamMark } from '../store/answer-feedback.repository.js';
import { getTownship } from '../store/places.repository.js';
import { callbackAction } from './callback-data.js';
import type { BotContext } from './context.js';

export const markVerdict = callbackAction('scm', ['right|wrong']);

/** Adds the officers' row to a verdict keyboard; residents see nothing new. */
export function withVerdictMarks(ctx: BotContext, keyboard: InlineKeyboard): InlineKeyboard {
  if (!isStaff(ctx.person)) return keyboard;
  return keyboard
    .row()
    .text(ctx.t('scam-feedback-right'), markVerdict.data('right'))
    .text(ctx.t('scam-feedback-wrong'), markVerdict.data('wrong'));
}

export function verdictQuestion(ctx: BotContext): string {
  return isStaff(ctx.person) ? `\n\n${ctx.t('scam-feedback-question')}` : '';
}

export async function handleVerdictMark(ctx: BotContext & { match: RegExpMatchArray | string }) {
  const text = ctx.session.lastChecked;
  if (!isStaff(ctx.person) || !text) {
    await ctx.answerCallbackQuery();
    return;
  }
  const result = checkMessage(text, { lang: ctx.locale, blocklist: ctx.app.blocklist?.lookup });
  const scope = ctx.person?.scope;
  const stationCode =
    scope?.kind === 'station'
      ? scope.code
      : scope?.kind === 'township'
        ? ((await getTownship(ctx.app.db, scope.code))?.stationCode ?? null)
        : null;
  await recordScamMark(ctx.app.db, {
    mark: ctx.match[1] === 'wrong' ? 'wrong' : 'right',
    risk: result.risk,
    fraudType: result.type ?? null,
    excerpt: text,
    stationCode,
  });
  await ctx.answerCallbackQuery({ text: ctx.t('scam-feedback-thanks') });
}
