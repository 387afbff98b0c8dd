/**
 * Card buttons answered in the officer's private chat: the prompt to type a note, reply, question
 * or reason (with a cancel button), the evidence files, and a named reporter's details. Each
 * checks the officer's scope on the server first; viewing is audited.
 */
import { Composer } from 'grammy';
import type { Report } from '../../../domain/reports/report.js';
import { isOpen } from '../../../domain/reports/status.js';
import { appendAudit } from '../../../store/audit.repository.js';
import { reporterChatOf } from '../../../store/reports.repository.js';
import { getUser } from '../../../store/users.repository.js';
import { isRefused, reportInScope } from '../../../workflows/reports/triage-access.js';
import type { BotContext } from '../../context.js';
import { evidenceFile } from '../../evidence-file.js';
import { cancelKeyboard } from '../../keyboards/cancel.js';
import { actorOf } from '../../person-id.js';
import { triageEvidence, triageInput, triageReporter } from './keyboards.js';
import { refuseStaleCard, refuseTriage } from './triage-render.js';

/** The report, if the person pressing may act on it; otherwise refused (and audited). */
export async function reportForOfficer(ctx: BotContext, id: number): Promise<Report | null> {
  const report = await reportInScope(ctx.app.db, ctx.person, id);
  if (!isRefused(report)) return report;
  await refuseTriage(ctx, report);
  return null;
}

export const triagePrivate = new Composer<BotContext>();

triagePrivate.callbackQuery(triageInput.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  if (!isOpen(report.status)) return refuseStaleCard(ctx, { outcome: 'stale', report });
  const action = ctx.match[2] as 'note' | 'reply' | 'ask' | 'reject';
  // Typing happens in the officer's private chat, whatever chat the card is in.
  try {
    await ctx.api.sendMessage(
      ctx.from.id,
      ctx.t(`triage-input-${action}`, { reference: report.reference }),
      { reply_markup: cancelKeyboard(ctx, 'officer-input') },
    );
  } catch {
    await ctx.answerCallbackQuery({ text: ctx.t('triage-start-private'), show_alert: true });
    return;
  }
  if (ctx.chat?.id === ctx.from.id) ctx.session.flow = undefined;
  await setOfficerFlow(ctx, ctx.from.id, { name: 'officer-input', action, reportId: report.id });
  await ctx.answerCallbackQuery({ text: ctx.t('triage-check-private') });
});

triagePrivate.callbackQuery(triageEvidence.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  await ctx.answerCallbackQuery();
  for (const e of report.evidence) {
    const caption = report.reference;
    const file = evidenceFile(e.fileId, ctx.app.config.DATA_DIR);
    const send =
      e.kind === 'photo'
        ? ctx.api.sendPhoto(ctx.from.id, file, { caption })
        : e.kind === 'video'
          ? ctx.api.sendVideo(ctx.from.id, file, { caption })
          : ctx.api.sendDocument(ctx.from.id, file, { caption });
    await send.catch((error) =>
      ctx.app.logger.warn('evidence could not be sent', { report_id: report.id, error }),
    );
  }
  await appendAudit(ctx.app.db, {
    actorId: await actorOf(ctx),
    action: 'report.evidence.view',
    subject: `report:${report.id}`,
  });
});

triagePrivate.callbackQuery(triageReporter.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  await ctx.answerCallbackQuery();
  const chat = report.anonymous ? null : await reporterChatOf(ctx.app.db, report);
  if (chat === null) {
    await ctx.api.sendMessage(ctx.from.id, ctx.t('triage-reporter-anonymous')).catch(() => {});
    return;
  }
  const reporter = await getUser(ctx.app.db, chat);
  await ctx.api
    .sendMessage(
      ctx.from.id,
      ctx.t('triage-reporter-card', {
        reference: report.reference,
        name: reporter?.firstName || '—',
        id: String(chat),
      }),
    )
    .catch(() => {});
  await appendAudit(ctx.app.db, {
    actorId: await actorOf(ctx),
    action: 'report.reporter.view',
    subject: `report:${report.id}`,
  });
});

/** The officer's private-chat session (the card may be in a group, with its own session). */
async function setOfficerFlow(
  ctx: BotContext,
  officerId: number,
  flow: NonNullable<BotContext['session']['flow']>,
): Promise<void> {
  if (ctx.chat?.id === officerId) {
    ctx.session.flow = flow;
    return;
  }
  await ctx.app.sessions.set(String(officerId), {
    ...((await ctx.app.sessions.get(String(officerId))) ?? {}),
    flow,
  });
}
