/**
 * 我的 → 我的反映: the list of the reporter's own reports with their statuses, each a button to
 * its detail. Opened from 我的; the my-reports feature handles the buttons.
 */
import { InlineKeyboard } from 'grammy';
import { COLOUR_MARK } from '../../domain/reports/categories.js';
import { reportsOf } from '../../workflows/reports/describe-my-reports.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { personIdOf } from '../person-id.js';

export const viewMyReport = callbackAction('myr', ['\\d{1,12}']);

export async function listMyReports(ctx: BotContext): Promise<void> {
  const reports = ctx.person
    ? await reportsOf(ctx.app.db, { personId: await personIdOf(ctx) })
    : [];
  if (reports.length === 0) {
    await ctx.reply(ctx.t('my-reports-none'));
    return;
  }
  const keyboard = new InlineKeyboard();
  for (const r of reports.slice(0, 10)) {
    keyboard
      .text(
        `${COLOUR_MARK[r.colour]} ${r.reference} · ${ctx.t(`status-${r.status}`)}`,
        viewMyReport.data(r.id),
      )
      .row();
  }
  await ctx.reply(ctx.t('my-reports-title'), { reply_markup: keyboard });
}
