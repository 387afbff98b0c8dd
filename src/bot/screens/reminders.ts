/**
 * 我的 → 提醒设置: the reminder settings and their buttons, one toggle per topic and the quiet
 * hours. Opened from 我的; the reminders feature handles the buttons.
 */
import { InlineKeyboard } from 'grammy';
import { QUIET_PRESETS, type Subscription, TOPICS } from '../../domain/awareness/subscription.js';
import { remindersOf } from '../../workflows/awareness/reminder-settings.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { personIdOf } from '../person-id.js';

export const toggleTopic = callbackAction('subt', [TOPICS.join('|')]);
export const confirmUrgentOff = callbackAction('subu', ['off|keep']);
export const chooseQuiet = callbackAction('subq', ['[0-3]']);

function keyboard(ctx: BotContext, sub: Subscription): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const topic of TOPICS) {
    kb.text(
      `${sub.topics[topic] ? '✅' : '⬜'} ${ctx.t(`reminders-topic-${topic}`)}`,
      toggleTopic.data(topic),
    ).row();
  }
  QUIET_PRESETS.forEach(([start, end], i) => {
    const chosen = sub.quietStart === start && sub.quietEnd === end ? '🔘 ' : '';
    kb.text(
      chosen + (start === end ? ctx.t('reminders-quiet-none') : `🌙 ${start}–${end}`),
      chooseQuiet.data(i),
    );
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

function describe(ctx: BotContext, sub: Subscription): string {
  const quiet =
    sub.quietStart === sub.quietEnd
      ? ctx.t('reminders-quiet-none')
      : `${sub.quietStart}–${sub.quietEnd}`;
  return ctx.t('reminders-title', { quiet });
}

export async function showReminders(ctx: BotContext, edit = false): Promise<void> {
  if (!ctx.person) return;
  const sub = await remindersOf(ctx.app.db, { personId: await personIdOf(ctx) });
  if (edit) await ctx.editMessageText(describe(ctx, sub), { reply_markup: keyboard(ctx, sub) });
  else await ctx.reply(describe(ctx, sub), { reply_markup: keyboard(ctx, sub) });
}
