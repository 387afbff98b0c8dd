/**
 * Turns a triage workflow's result into what the officer who pressed sees: a refusal fit for who
 * pressed (a resident, or an officer of another area), or a stale card brought up to date. After
 * a change the workflow has already enqueued the card edits and the reporter's news in its own
 * transaction; the adapter only wakes the notice loop that delivers them.
 */
import type { NewNotice } from '../../../domain/notices/notice.js';
import { isStaff } from '../../../domain/people/roles.js';
import { tellsReporter } from '../../../workflows/reports/report-notices.js';
import type { Refused, Stale } from '../../../workflows/reports/triage-outcome.js';
import type { BotContext } from '../../context.js';
import { refuseCallback } from '../../refuse.js';
import { refreshCards } from './routing.js';

export function routingDeps(ctx: BotContext) {
  return {
    api: ctx.api,
    db: ctx.app.db,
    translate: ctx.app.translate,
    logger: ctx.app.logger,
    timeZone: ctx.app.config.TZ,
  };
}

export function triageDeps(ctx: BotContext) {
  return {
    db: ctx.app.db,
    now: () => new Date(),
    wechatTemplate: Boolean(ctx.app.config.WECHAT_NOTICE_TEMPLATE_ID),
  };
}

/** Refused: audited; a resident hears the staff-only note, an officer that it is not theirs. */
export async function refuseTriage(ctx: BotContext, refused: Refused): Promise<void> {
  const key = isStaff(ctx.person) ? 'report-out-of-scope' : 'staff-only';
  const reason =
    refused.why === 'unknown-report' ? 'unknown report' : 'report outside the officer scope';
  await refuseCallback(ctx, reason, { audit: true, key });
  if (!ctx.callbackQuery) await ctx.reply(ctx.t(key));
}

/** A button from an older state of the card: say so, and redraw the card as it is now. */
export async function refuseStaleCard(ctx: BotContext, stale: Stale): Promise<void> {
  const text = ctx.t('triage-stale', {
    reference: stale.report.reference,
    status: ctx.t(`status-${stale.report.status}`),
  });
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
  await refreshCards(routingDeps(ctx), stale.report);
}

/**
 * After a committed change: its notices (card edits, the reporter's news) are in the outbox;
 * delivery starts now. True when the reporter will hear of it.
 */
export function afterChange(ctx: BotContext, result: { notices: NewNotice[] }): boolean {
  if (result.notices.length) ctx.app.wakeNotices?.();
  return tellsReporter(result.notices);
}
