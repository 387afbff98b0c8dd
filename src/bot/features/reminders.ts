/**
 * 我的 → 提醒设置: which reminders to receive and the quiet hours. Turning off urgent warnings
 * asks once more, because those are the ones that stop a scam reaching the village today.
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { Topic } from '../../domain/awareness/subscription.js';
import { changeReminders } from '../../workflows/awareness/reminder-settings.js';
import type { BotContext } from '../context.js';
import { personIdOf } from '../person-id.js';
import { chooseQuiet, confirmUrgentOff, showReminders, toggleTopic } from '../screens/reminders.js';

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
