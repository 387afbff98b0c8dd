/**
 * Group chats. Station and county groups will receive reports and reviews; until a feature
 * needs a group, the bot stays quiet there except to explain itself when addressed.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

export const groups = new Composer<BotContext>();
const groupChats = groups.chatType(['group', 'supergroup']);

groupChats.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === 'member' || status === 'administrator') await ctx.reply(ctx.t('group-hello'));
});

groupChats.command(['start', 'help', 'menu'], (ctx) => ctx.reply(ctx.t('group-private-only')));

// Everything else said in a group is not for the bot: read nothing, answer nothing.
groupChats.on('message', () => {});
groups.on('edited_message', async (ctx) => {
  if (ctx.chat.type === 'private') await ctx.reply(ctx.t('edited-ignored'));
});
groups.on(['channel_post', 'edited_channel_post'], () => {});
