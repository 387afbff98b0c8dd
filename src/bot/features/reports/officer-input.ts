/**
 * What an officer types after pressing 备注 / 回复 / 补充材料 / 驳回 on a card: an internal note,
 * a reply relayed to the reporter (anonymity kept), a request for more information, or the
 * reason for rejecting. Checked against the officer's scope again when the text arrives.
 */
import { Composer } from 'grammy';
import { appendAudit } from '../../../store/audit.repository.js';
import { addEvent, getReport } from '../../../store/reports.repository.js';
import type { BotContext } from '../../context.js';
import { mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { notifyReporter } from './notify-reporter.js';
import { refreshCards } from './routing.js';
import { changeStatus, reportForOfficer, routingDeps } from './triage.js';

export const officerInput = new Composer<BotContext>();

officerInput.chatType('private').on('message', async (ctx, next) => {
  const flow = ctx.session.flow;
  if (flow?.name !== 'officer-input') return next();
  const text = (ctx.msg.text ?? ctx.msg.caption ?? '').trim();
  if (text.startsWith('/')) return next();
  if (!text) {
    await ctx.reply(ctx.t('triage-input-text-only'));
    return;
  }
  const report = await reportForOfficer(ctx, flow.reportId);
  ctx.session.flow = undefined;
  if (!report) return;
  const body = text.slice(0, 2000);
  if (flow.action === 'reject') {
    const ok = await changeStatus(ctx, report, 'rejected', { rejectReason: body });
    await ctx.reply(ctx.t(ok ? 'triage-done' : 'triage-not-now'), {
      reply_markup: mainMenuKeyboard(ctx.t),
    });
    return;
  }
  const type = flow.action === 'note' ? 'note' : flow.action === 'reply' ? 'reply' : 'info_request';
  await addEvent(ctx.app.db, report.id, ctx.from.id, type, body);
  await appendAudit(ctx.app.db, {
    actorId: ctx.from.id,
    action: `report.${type}`,
    subject: `report:${report.id}`,
  });
  if (flow.action !== 'note') {
    const key = flow.action === 'reply' ? 'reporter-reply' : 'reporter-info-request';
    const told = await notifyReporter(routingDeps(ctx), report, key, {
      text: body,
      reportId: String(report.id),
    });
    await ctx.reply(ctx.t(told ? 'triage-relayed' : 'triage-not-relayed'), {
      reply_markup: mainMenuKeyboard(ctx.t),
    });
  } else {
    await ctx.reply(ctx.t('triage-note-saved'), { reply_markup: mainMenuKeyboard(ctx.t) });
  }
  const updated = await getReport(ctx.app.db, report.id);
  if (updated) await refreshCards(routingDeps(ctx), updated);
});
