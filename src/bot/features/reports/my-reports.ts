/**
 * 我的 → 我的反映: the reporter's own reports and their statuses, adding information to an open
 * one, and the satisfaction question after resolution (回访). Only the reporter can see or add
 * to their reports; ownership is checked through the relay for anonymous ones. The officers'
 * cards hear of an answer through the notices its workflow enqueues.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { isOpen } from '../../../domain/reports/status.js';
import { ownReport as ownReportOf } from '../../../workflows/reports/reporter-addition.js';
import { giveFeedback } from '../../../workflows/reports/reporter-feedback.js';
import type { BotContext } from '../../context.js';
import { cancelKeyboard } from '../../keyboards/cancel.js';
import { mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { personIdOf } from '../../person-id.js';
import { refuseCallback } from '../../refuse.js';
import { viewMyReport } from '../../screens/my-reports.js';
import { addReportInfo, reportFeedback } from './keyboards.js';

export const myReports = new Composer<BotContext>();
const chats = myReports.chatType('private');

async function ownReport(ctx: BotContext, id: number) {
  return ctx.person ? ownReportOf(ctx.app.db, { personId: await personIdOf(ctx) }, id) : null;
}

chats.callbackQuery(viewMyReport.pattern, async (ctx) => {
  const report = await ownReport(ctx, Number(ctx.match[1]));
  if (!report) return refuseCallback(ctx, 'not the reporter', { audit: true });
  await ctx.answerCallbackQuery();
  const keyboard = isOpen(report.status)
    ? new InlineKeyboard().text(ctx.t('my-reports-add'), addReportInfo.data(report.id))
    : undefined;
  await ctx.reply(
    ctx.t('my-report-detail', {
      reference: report.reference,
      category: ctx.t(`report-cat-${report.category}`),
      status: ctx.t(`status-${report.status}`),
      description: report.description.slice(0, 500),
    }),
    keyboard ? { reply_markup: keyboard } : {},
  );
});

chats.callbackQuery(addReportInfo.pattern, async (ctx) => {
  const report = await ownReport(ctx, Number(ctx.match[1]));
  if (!report || !isOpen(report.status))
    return refuseCallback(ctx, 'cannot add to this report', { audit: !report });
  await ctx.answerCallbackQuery();
  ctx.session.flow = { name: 'reporter-info', reportId: report.id };
  await ctx.reply(ctx.t('my-reports-add-prompt', { reference: report.reference }), {
    reply_markup: cancelKeyboard(ctx, 'reporter-info'),
  });
});

chats.callbackQuery(reportFeedback.pattern, async (ctx) => {
  const satisfied = ctx.match[2] === 'yes';
  const result = ctx.person
    ? await giveFeedback(ctx.app.db, {
        reporter: { personId: await personIdOf(ctx) },
        reportId: Number(ctx.match[1]),
        satisfied,
      })
    : ({ outcome: 'not-due', report: null } as const);
  if (result.outcome === 'not-due')
    return refuseCallback(ctx, 'no feedback due', { audit: !result.report });
  await ctx.answerCallbackQuery();
  if (result.outcome !== 'done') return;
  await ctx.reply(ctx.t(satisfied ? 'feedback-thanks' : 'feedback-reopened'), {
    reply_markup: mainMenuKeyboard(ctx.t),
  });
  // The officers' cards (and, when reopened, a fresh card) were enqueued with the answer.
  if (result.notices.length) ctx.app.wakeNotices?.();
});
