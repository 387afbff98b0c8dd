/**
 * Group chats. Station and county groups receive reports and reviews; otherwise the bot stays
 * quiet there except to explain itself when addressed. To help the installer, when the bot is
 * added to a group it tells the admins privately the group's title and chat id (the county file
 * needs it), and `/chatid` in a group answers admins with it.
 */
import { Composer } from 'grammy';
import { localeOfUser } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';

export const groups = new Composer<BotContext>();
const groupChats = groups.chatType(['group', 'supergroup']);

groupChats.on('my_chat_member', async (ctx) => {
  const { status } = ctx.myChatMember.new_chat_member;
  const wasIn = ['member', 'administrator'].includes(ctx.myChatMember.old_chat_member.status);
  if (status !== 'member' && status !== 'administrator') return;
  await ctx.reply(ctx.t('group-hello'));
  if (wasIn) return; // Promoted or demoted inside the group: the admins know it already.
  // A malformed update can carry a group without a title; the id is what the installer needs.
  const vars = { title: ctx.chat.title ?? '—', id: String(ctx.chat.id) };
  for (const admin of ctx.app.adminIds) {
    const text = ctx.app.translate(
      await localeOfUser(ctx.app.db, admin),
      'group-added-admin',
      vars,
    );
    // An admin who never sent /start cannot be written to; the log says how to fix that.
    await ctx.api.sendMessage(admin, text).catch((error) =>
      ctx.app.logger.warn('could not tell an admin the new group id: they must /start the bot', {
        admin_id: admin,
        error,
      }),
    );
  }
});

groupChats.command('chatid', async (ctx) => {
  if (!ctx.from || !ctx.app.adminIds.has(ctx.from.id)) return;
  await ctx.reply(
    ctx.t('group-chat-id', { title: ctx.chat.title ?? '—', id: String(ctx.chat.id) }),
  );
});

groupChats.command('whoami', (ctx) =>
  ctx.from ? ctx.reply(ctx.t('whoami', { id: String(ctx.from.id) })) : undefined,
);

groupChats.command(['start', 'help', 'menu'], (ctx) => ctx.reply(ctx.t('group-private-only')));

// Everything else said in a group is not for the bot: read nothing, answer nothing.
groupChats.on('message', () => {});
groups.on('edited_message', async (ctx) => {
  if (ctx.chat.type === 'private') await ctx.reply(ctx.t('edited-ignored'));
});
groups.on(['channel_post', 'edited_channel_post'], () => {});
