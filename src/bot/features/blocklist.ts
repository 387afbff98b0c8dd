/**
 * /block <number or link>: an officer adds a confirmed fraud number, link or account to the
 * county's blocklist, so the next villager who checks it is told "reported N times".
 */
import { Composer } from 'grammy';
import { extractChannels } from '../../domain/fraud/index.js';
import { isStaff } from '../../domain/people/roles.js';
import { appendAudit } from '../../store/audit.repository.js';
import { addToBlocklist } from '../../store/blocklist.repository.js';
import type { BotContext } from '../context.js';
import { actorOf } from '../person-id.js';
import { refuseCommand } from '../refuse.js';

export const blocklist = new Composer<BotContext>();

blocklist.chatType('private').command('block', async (ctx) => {
  if (!isStaff(ctx.person)) {
    return refuseCommand(ctx, 'block');
  }
  const channels = extractChannels(ctx.match);
  if (channels.length === 0) {
    await ctx.reply(ctx.t('block-usage'));
    return;
  }
  const lines: string[] = [];
  for (const c of channels) {
    const count = await addToBlocklist(ctx.app.db, c.kind, c.key, await actorOf(ctx));
    lines.push(ctx.t('block-added', { value: c.key, count }));
  }
  await ctx.app.blocklist?.refresh();
  await appendAudit(ctx.app.db, {
    actorId: await actorOf(ctx),
    action: 'blocklist.add',
    detail: { entries: channels.length },
  });
  await ctx.reply(lines.join('\n'));
});
