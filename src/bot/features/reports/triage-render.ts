/**
 * Turns a triage workflow's result into what the officer and the reporter see: a refusal fit
 * for who pressed (a resident, or an officer of another area), a stale card brought up to date,
 * or, after a change, the cards refreshed and the reporter told in their own language.
 */
import { isStaff } from '../../../domain/people/roles.js';
import type { Report } from '../../../domain/reports/report.js';
import type { Refused, ReporterNotice, Stale } from '../../../workflows/reports/triage-outcome.js';
import type { BotContext } from '../../context.js';
import { refuseCallback } from '../refuse.js';
import { notifyReporter } from './notify-reporter.js';
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
  return { db: ctx.app.db, now: () => new Date() };
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

/** After a committed change: every card shows it, and the reporter hears of it. */
export async function afterChange(
  ctx: BotContext,
  report: Report,
  notice?: ReporterNotice,
): Promise<boolean> {
  await refreshCards(routingDeps(ctx), report);
  if (!notice) return false;
  return notifyReporter(routingDeps(ctx), report, notice.key, notice.vars);
}
