/**
 * 防骗查询: a villager forwards or pastes a suspicious message, number or link and reads, within
 * seconds, a verdict with the red flags quoted from the message and what to do now. Any message
 * forwarded outside a flow is checked too. Never says "safe": a new trick can pass every rule.
 */
import { randomUUID } from 'node:crypto';
import { Composer, InlineKeyboard } from 'grammy';
import { isBareNumber } from '../../domain/fraud/bare-number.js';
import { analyseMessage } from '../../domain/fraud/index.js';
import { quotesToShow } from '../../domain/fraud/quote-selection.js';
import { findCategory } from '../../domain/reports/categories.js';
import { defang } from '../../domain/text/defang.js';
import { escapeHtml } from '../../i18n/html.js';
import type { Translate } from '../../i18n/translate.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { cancelKeyboard } from '../keyboards/cancel.js';
import { isMenuButton, menuButtonTexts } from '../keyboards/main-menu.js';
import { refuseStale } from '../refuse.js';
import {
  handleVerdictMark,
  markVerdict,
  verdictQuestion,
  withVerdictMarks,
} from '../scam-verdict-marks.js';
import { sendTopic } from '../send-topic.js';
import { ask } from './reports/report-flow.js';

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

export function createScamCheck(translate: Translate): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const chats = feature.chatType('private');

  chats.callbackQuery(markVerdict.pattern, handleVerdictMark);

  chats.hears(menuButtonTexts(translate, 'menu-scam'), async (ctx) => {
    ctx.session.flow = { name: 'scam-check' };
    await ctx.reply(ctx.t('scam-prompt'), { reply_markup: cancelKeyboard(ctx, 'scam-check') });
  });

  chats.on('message', async (ctx, next) => {
    const inFlow = ctx.session.flow?.name === 'scam-check';
    const forwarded = ctx.msg.forward_origin !== undefined;
    if (!inFlow && !(forwarded && !ctx.session.flow)) return next();
    const text = (ctx.msg.text ?? ctx.msg.caption ?? '').trim();
    if (inFlow && (text.startsWith('/') || isMenuButton(translate, text))) {
      ctx.session.flow = undefined;
      return next();
    }
    if (!text) {
      await ctx.reply(ctx.t('scam-no-text'));
      return;
    }
    ctx.session.flow = undefined;
    await checkAndReply(ctx, text);
  });

  chats.callbackQuery(reportScam.pattern, async (ctx) => {
    const text = ctx.session.lastChecked;
    if (!text || !ctx.person?.villageCode) return refuseStale(ctx, 'nothing checked to report');
    await ctx.answerCallbackQuery();
    const category = findCategory('fraud');
    // The report flow takes over at "named or anonymous", with the message as the description.
    await ask(ctx, {
      name: 'report',
      step: 'anonymity',
      draft: {
        submissionKey: randomUUID(),
        kind: category?.kind ?? 'clue',
        category: 'fraud',
        description: text,
        evidence: [],
        place: { villageCode: ctx.person.villageCode },
      },
    });
  });

  chats.callbackQuery(scammedAlready.pattern, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('scam-victim-now'));
    await sendTopic(ctx, 'fraud.victim', 'full');
  });

  return feature;
}
