/**
 * /campaigns (admins): the scheduled pushes by name, with their schedule in words ("每天 09:00"),
 * the next and last run and the state, and buttons to pause or resume each. Changes are audited.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { describeSchedule, nextRun } from '../../domain/awareness/schedule-words.js';
import { appendAudit } from '../../store/audit.repository.js';
import { campaignState, setCampaignPaused } from '../../store/subscriptions.repository.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { localTime } from '../format-time.js';
import { actorOf } from '../person-id.js';
import { refuseCallback, refuseCommand } from '../refuse.js';

export const campaignToggle = callbackAction('cmp', ['[a-z0-9-]{1,40}', 'pause|resume']);

function scheduleText(ctx: BotContext, cron: string): string {
  const words = describeSchedule(cron);
  if (words.kind === 'daily') return ctx.t('campaigns-daily', { time: words.time });
  if (words.kind === 'weekly')
    return ctx.t('campaigns-weekly', { day: ctx.t(`weekday-${words.weekday}`), time: words.time });
  return words.expression;
}

async function sendList(ctx: BotContext, edit: boolean): Promise<void> {
  const lines = [ctx.t('campaigns-title')];
  const keyboard = new InlineKeyboard();
  for (const c of ctx.app.campaigns ?? []) {
    const state = await campaignState(ctx.app.db, c.id);
    const topic = ctx.t(`reminders-topic-${c.topic}`);
    const next = state.paused ? null : nextRun(c.cron, new Date(), ctx.app.config.TZ);
    lines.push(
      ctx.t('campaigns-entry', {
        topic,
        schedule: scheduleText(ctx, c.cron),
        state: ctx.t(state.paused ? 'campaigns-paused' : 'campaigns-active'),
        next: next ? localTime(next, ctx.app.config.TZ) : '—',
        last: state.lastRunAt ? localTime(state.lastRunAt, ctx.app.config.TZ) : '—',
      }),
    );
    keyboard
      .text(
        ctx.t(state.paused ? 'campaigns-resume-button' : 'campaigns-pause-button', { topic }),
        campaignToggle.data(c.id, state.paused ? 'resume' : 'pause'),
      )
      .row();
  }
  if (edit) await ctx.editMessageText(lines.join('\n'), { reply_markup: keyboard });
  else await ctx.reply(lines.join('\n'), { reply_markup: keyboard });
}

export const campaignsAdmin = new Composer<BotContext>();
const chats = campaignsAdmin.chatType('private');

chats.command('campaigns', async (ctx) => {
  if (ctx.person?.role !== 'admin') return refuseCommand(ctx, 'campaigns', 'not admin');
  await sendList(ctx, false);
});

chats.callbackQuery(campaignToggle.pattern, async (ctx) => {
  if (ctx.person?.role !== 'admin')
    return refuseCallback(ctx, 'campaign by non-admin', { audit: true, key: 'admin-only' });
  const id = ctx.match[1] ?? '';
  if (!(ctx.app.campaigns ?? []).some((c) => c.id === id))
    return refuseCallback(ctx, 'unknown campaign');
  const pause = ctx.match[2] === 'pause';
  await setCampaignPaused(ctx.app.db, id, pause);
  await appendAudit(ctx.app.db, {
    actorId: await actorOf(ctx),
    action: pause ? 'campaign.pause' : 'campaign.resume',
    subject: `campaign:${id}`,
  });
  await ctx.answerCallbackQuery();
  await sendList(ctx, true);
});
