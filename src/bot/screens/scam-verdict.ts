/**
 * The scam check's verdict, shared by 防骗查询, the screenshot check and a service question that
 * turns out to be a suspicious message or a bare number. The scam-check feature handles the
 * verdict's buttons.
 */
import { InlineKeyboard } from 'grammy';
import { isBareNumber } from '../../domain/fraud/bare-number.js';
import { analyseMessage } from '../../domain/fraud/index.js';
import { quotesToShow } from '../../domain/fraud/quote-selection.js';
import { defang } from '../../domain/text/defang.js';
import { escapeHtml } from '../../i18n/html.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { verdictQuestion, withVerdictMarks } from '../scam-verdict-marks.js';

export const reportScam = callbackAction('scr');
export const scammedAlready = callbackAction('scv');

const RISK_ICON = { high: '🔴', suspicious: '🟠', none: '🟢' } as const;

/** Quoted words go back defanged and escaped: a quoted phishing link must not become a link. */
const quoted = (text: string) => escapeHtml(defang(text));

/**
 * Checks a message and sends the verdict; the text is kept only for the report button.
 * `preface` (HTML) goes above the verdict, e.g. the text read from a screenshot. Only a
 * suspicious or high verdict lists red flags and offers 报告给警察 / 我已经被骗了; a bare number
 * is checked against the county's blocklist and says whether it is there.
 */
export async function checkAndReply(
  ctx: BotContext,
  text: string,
  preface?: string,
): Promise<void> {
  const result = analyseMessage(text, { lang: ctx.locale, blocklist: ctx.app.blocklist?.lookup });
  ctx.session.lastChecked = text.slice(0, 4000);
  const risky = result.risk !== 'none';
  const lines = preface ? [preface, ''] : [];
  const number = isBareNumber(text);
  if (number) lines.push(ctx.t('scam-number-title', { number: escapeHtml(text.trim()) }));
  lines.push(`${RISK_ICON[result.risk]} <b>${ctx.t(`scam-risk-${result.risk}`)}</b>`);
  if (result.type && risky)
    lines.push(ctx.t('scam-type', { type: ctx.t(`fraud-type-${result.type}`) }));
  const shown = quotesToShow(text, result.signals);
  if (risky && shown.length) {
    lines.push('', ctx.t('scam-signals'));
    for (const s of shown.slice(0, 8))
      lines.push(`• 「${quoted(s.quote)}」${quoted(s.explanation)}`);
  }
  if (number && !result.signals.some((s) => s.kind === 'report'))
    lines.push('', ctx.t('scam-number-not-listed'));
  lines.push('', ctx.t('scam-what-now'), quoted(result.advice));
  if (!risky) lines.push('', ctx.t('scam-three-rules'));
  const keyboard = new InlineKeyboard();
  if (risky)
    keyboard
      .text(ctx.t('scam-button-report'), reportScam.data())
      .row()
      .text(ctx.t('scam-button-scammed'), scammedAlready.data());
  const markup = withVerdictMarks(ctx, keyboard);
  await ctx.reply(lines.join('\n') + verdictQuestion(ctx), {
    link_preview_options: { is_disabled: true },
    ...(markup.inline_keyboard.some((row) => row.length) ? { reply_markup: markup } : {}),
  });
}
