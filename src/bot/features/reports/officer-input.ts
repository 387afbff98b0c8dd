/**
 * What an officer types after pressing 备注 / 回复 / 补充材料 / 驳回 on a card: an internal note,
 * a reply relayed to the reporter (anonymity kept), a request for more information, or the
 * reason for rejecting. The workflow checks the officer's scope again when the text arrives.
 */
import { Composer } from 'grammy';
import { reporterChatOf } from '../../../store/reports.repository.js';
import { addOfficerWords } from '../../../workflows/reports/triage-input.js';
import { moveStatus } from '../../../workflows/reports/triage-status.js';
import type { BotContext } from '../../context.js';
import { mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { afterChange, refuseStaleCard, refuseTriage, triageDeps } from './triage-render.js';

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
  ctx.session.flow = undefined;
  const body = text.slice(0, 2000);
  const result =
    flow.action === 'reject'
      ? await moveStatus(triageDeps(ctx), ctx.person, flow.reportId, 'rejected', body)
      : await addOfficerWords(triageDeps(ctx), ctx.person, flow.reportId, flow.action, body);
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  if (result.outcome !== 'done') {
    if (result.outcome === 'stale') return refuseStaleCard(ctx, result);
    return refuseStaleCard(ctx, { outcome: 'stale', report: result.report });
  }
  const told = afterChange(ctx, result);
  if (flow.action === 'ask' && told) await awaitAnswer(ctx, result.report);
  const key =
    flow.action === 'reject'
      ? 'triage-done'
      : flow.action === 'note'
        ? 'triage-note-saved'
        : told
          ? 'triage-relayed'
          : 'triage-not-relayed';
  await ctx.reply(ctx.t(key), { reply_markup: mainMenuKeyboard(ctx.t) });
});

/**
 * After "please add", the reporter's next message is their answer: it is stored on the report,
 * not answered as a service question. Only when they are not in the middle of something else.
 */
async function awaitAnswer(
  ctx: BotContext,
  report: Parameters<typeof reporterChatOf>[1],
): Promise<void> {
  const chatId = await reporterChatOf(ctx.app.db, report);
  if (chatId === null) return;
  const session = (await ctx.app.sessions.get(String(chatId))) ?? {};
  if (session.flow) return;
  await ctx.app.sessions.set(String(chatId), {
    ...session,
    flow: { name: 'reporter-info', reportId: report.id, answering: true },
  });
}
