/**
 * 防骗查询: a villager forwards or pastes a suspicious message, number or link and reads, within
 * seconds, a verdict with the red flags quoted from the message and what to do now. Any message
 * forwarded outside a flow is checked too. Never says "safe": a new trick can pass every rule.
 */
import { randomUUID } from 'node:crypto';
import { Composer } from 'grammy';
import { findCategory } from '../../domain/reports/categories.js';
import type { Translate } from '../../i18n/translate.js';
import type { BotContext } from '../context.js';
import type { ReportFlow } from '../flows.js';
import { cancelKeyboard } from '../keyboards/cancel.js';
import { isMenuButton, menuButtonTexts } from '../keyboards/main-menu.js';
import { refuseStale } from '../refuse.js';
import { handleVerdictMark, markVerdict } from '../scam-verdict-marks.js';
import { checkAndReply, reportScam, scammedAlready } from '../screens/scam-verdict.js';
import { sendTopic } from '../send-topic.js';

/**
 * `startReport` opens the report flow at a given step; src/bot/index.ts passes the report flow's
 * own, so this feature does not import another.
 */
export function createScamCheck(
  translate: Translate,
  startReport: (ctx: BotContext, flow: ReportFlow) => Promise<void>,
): Composer<BotContext> {
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
    await startReport(ctx, {
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
