/**
 * Officer commands. Authorization is checked here on the server, whatever menu the client shows:
 * a resident typing an officer command is refused, and the attempt is audited.
 */
import { Composer } from 'grammy';
import { isStaff } from '../../domain/people/roles.js';
import type { BotContext } from '../context.js';
import { refuseCommand } from './refuse.js';

export const staffTools = new Composer<BotContext>();
const privateChats = staffTools.chatType('private');

privateChats.command(['broadcast'], async (ctx) => {
  const command = ctx.msg.text.slice(1).split(/[\s@]/)[0] ?? '';
  if (!isStaff(ctx.person)) {
    return refuseCommand(ctx, command);
  }
  await ctx.reply(ctx.t('coming-soon', { feature: `/${command}` }));
});
