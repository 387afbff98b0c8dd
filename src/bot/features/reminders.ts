/**
 * 我的 → 提醒设置: which reminders to receive and the quiet hours. Turning off urgent warnings
 * asks once more, because those are the ones that stop a scam reaching the village today.
 */
import { Composer, InlineKeyboard } from 'grammy';
import {
  QUIET_PRESETS,
  type Subscription,
  TOPICS,
  type Topic,
} from '../../domain/awareness/subscription.js';
import { changeReminders, remindersOf } from '../../workflows/awareness/reminder-settings.js';
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
  if (!ctx.person?.telegramId) return;
  const sub = await remindersOf(ctx.app.db, { personId: await personIdOf(ctx) });
  if (edit) await ctx.editMessageText(describe(ctx, sub), { reply_markup: keyboard(ctx, sub) });
  else await ctx.reply(describe(ctx, sub), { reply_markup: keyboard(ctx, sub) });
}

export const reminders = new Composer<BotContext>();
const chats = reminders.chatType('private');

chats.callbackQuery(toggleTopic.pattern, async (ctx) => {
  const topic = ctx.match[1] as Topic;
  await ctx.answerCallbackQuery();
  const result = await changeReminders(
    ctx.app.db,
    { personId: await personIdOf(ctx) },
    { toggle: topic },
  );
  if (result.outcome === 'confirm-urgent') {
    await ctx.reply(ctx.t('reminders-urgent-confirm'), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t('reminders-urgent-off'), confirmUrgentOff.data('off'))
        .text(ctx.t('reminders-urgent-keep'), confirmUrgentOff.data('keep')),
    });
    return;
  }
  await showReminders(ctx, true);
});

chats.callbackQuery(confirmUrgentOff.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === 'off')
    await changeReminders(ctx.app.db, { personId: await personIdOf(ctx) }, { urgentOff: true });
  await ctx.editMessageText(
    ctx.t(ctx.match[1] === 'off' ? 'reminders-urgent-now-off' : 'reminders-urgent-kept'),
  );
  await showReminders(ctx);
});

chats.callbackQuery(chooseQuiet.pattern, async (ctx) => {
  const result = await changeReminders(
    ctx.app.db,
    { personId: await personIdOf(ctx) },
    { quiet: Number(ctx.match[1]) },
  );
  if (result.outcome !== 'saved') return;
  await ctx.answerCallbackQuery({ text: ctx.t('reminders-saved') });
  await showReminders(ctx, true);
});
