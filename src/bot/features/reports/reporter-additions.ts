/**
 * The reporter adds to an open report: after 我的反映 → 补充情况, or simply by answering an
 * officer's "please add" in the chat. Words and files go to the report's history (a photo sent
 * after the words too), the reporter is told which report got them, and the officers' cards
 * show them (notices the workflow enqueued with the addition). Any other text after an
 * addition, a command or a menu button ends the flow.
 */
import { Composer } from 'grammy';
import type { EvidenceKind } from '../../../domain/reports/report.js';
import { addToReport } from '../../../workflows/reports/reporter-addition.js';
import type { BotContext } from '../../context.js';
import { isMenuButton, mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { personIdOf } from '../../person-id.js';

export const reporterAdditions = new Composer<BotContext>();

function fileOf(ctx: BotContext): { kind: EvidenceKind; fileId: string } | undefined {
  const msg = ctx.msg;
  const photo = msg?.photo?.at(-1)?.file_id;
  if (photo) return { kind: 'photo', fileId: photo };
  if (msg?.video) return { kind: 'video', fileId: msg.video.file_id };
  if (msg?.document) return { kind: 'document', fileId: msg.document.file_id };
  return undefined;
}

reporterAdditions.chatType('private').on('message', async (ctx, next) => {
  const flow = ctx.session.flow;
  if (flow?.name !== 'reporter-info') return next();
  const text = (ctx.msg.text ?? ctx.msg.caption ?? '').trim();
  const file = fileOf(ctx);
  const leaves =
    text.startsWith('/') || isMenuButton(ctx.app.translate, ctx.msg.text) || (flow.added && !file);
  if (leaves) {
    ctx.session.flow = undefined;
    return next();
  }
  const result = await addToReport(ctx.app.db, {
    reporter: { personId: await personIdOf(ctx) },
    reportId: flow.reportId,
    text,
    ...(file ? { file } : {}),
    // The first addition is announced with a fresh card; later files update the cards in place.
    announce: !flow.added,
  });
  if (result.outcome === 'empty') {
    await ctx.reply(ctx.t('report-description-again'));
    return;
  }
  if (result.outcome !== 'added') {
    ctx.session.flow = undefined;
    return next();
  }
  // Photos may follow the words: the flow stays open for files only.
  ctx.session.flow = { name: 'reporter-info', reportId: result.report.id, added: true };
  const key = result.text ? 'my-reports-added' : 'reporter-evidence-added';
  await ctx.reply(ctx.t(key, { reference: result.report.reference }), {
    reply_markup: mainMenuKeyboard(ctx.t),
  });
  // The officers' cards were enqueued with the addition; delivery starts now.
  if (result.notices.length) ctx.app.wakeNotices?.();
});
