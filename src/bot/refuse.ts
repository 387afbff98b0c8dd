/**
 * Refusing a button press that must not be acted on: stale, forged, or not allowed for this
 * person. The person sees a short note; the log, and for attempted privileged actions the audit
 * log, record who pressed what. Only the payload's prefix is logged, never free text.
 */
import { personTag } from '../logger.js';
import { appendAudit } from '../store/audit.repository.js';
import type { BotContext } from './context.js';
import { actorOf } from './person-id.js';

export async function refuseCallback(
  ctx: BotContext,
  reason: string,
  options: { audit?: boolean; key?: string } = {},
): Promise<void> {
  const data = ctx.callbackQuery?.data ?? '';
  // No Telegram id and no arguments (a report id) in the log: a double tap on a resident's own
  // report must not tie them to it. A keyed tag still tells repeated attempts apart.
  const { config } = ctx.app;
  const fields = {
    update_id: ctx.update.update_id,
    person: personTag(config.BOT_TOKEN ?? config.DATABASE_URL, ctx.from?.id),
    reason,
    action: (data.split(':')[0] ?? '').slice(0, 12).replace(/[^\x20-\x7e]/g, '?'),
    data_bytes: Buffer.byteLength(data),
  };
  ctx.app.logger.warn('callback refused', fields);
  if (options.audit) {
    await appendAudit(ctx.app.db, {
      actorId: await actorOf(ctx),
      action: 'refused',
      subject: null,
      detail: { reason, data: data.slice(0, 64) },
    });
  }
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({
      text: ctx.t(options.key ?? 'callback-refused'),
      show_alert: true,
    });
  }
}

/**
 * A button from a flow that has finished (or from an older copy of a menu): it does nothing,
 * and the person is told kindly that it expired rather than seeing something change.
 */
export function refuseStale(ctx: BotContext, reason: string): Promise<void> {
  return refuseCallback(ctx, reason, { key: 'button-stale' });
}

/** Refuses a command the person may not use: audited, and answered kindly. */
export async function refuseCommand(
  ctx: BotContext,
  command: string,
  reason: 'not staff' | 'not admin' = 'not staff',
): Promise<void> {
  await appendAudit(ctx.app.db, {
    actorId: await actorOf(ctx),
    action: 'refused',
    detail: { reason, command },
  });
  await ctx.reply(ctx.t(reason === 'not admin' ? 'admin-only' : 'staff-only'));
}
