/**
 * Group chats. Station and county groups receive reports and reviews; otherwise the bot stays
 * quiet there except to explain itself when addressed. Officers in scope may use /reports,
 * /stats and /officer in their station's group and in the county group; the answer comes in the
 * group. To help the installer, when the bot is added to a group it tells the admins privately
 * the group's title and chat id (the county file needs it), and `/chatid` in a group answers
 * admins with it.
 */
import { Composer } from 'grammy';
import { localize } from '../../domain/locale.js';
import { isStaff } from '../../domain/people/roles.js';
import { escapeHtml } from '../../i18n/html.js';
import { listStations, listTownships, listVillages } from '../../store/places.repository.js';
import { localeOfUser } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';
import { type GroupJurisdiction, jurisdictionOfChat, mayUseInGroup } from '../group-scope.js';

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

/** Officer commands let through to the features that answer them (they are not swallowed below). */
const passedOn = new WeakSet<BotContext>();

/** /reports, /stats, /officer in a group: only officers whose area the group covers. */
groupChats.command(['reports', 'stats', 'officer'], async (ctx, next) => {
  const where = await jurisdictionOfChat(ctx.app.db, ctx.chat.id);
  if (!where) return ctx.reply(ctx.t('group-private-only'));
  if (!isStaff(ctx.person)) return ctx.reply(ctx.t('staff-only'));
  if (!(await mayUseInGroup(ctx.app.db, ctx.person, where)))
    return ctx.reply(ctx.t('group-out-of-scope'));
  if (ctx.msg.text.startsWith('/officer')) return sendAreaOfficers(ctx, where);
  passedOn.add(ctx);
  await next();
});

/** The village officers of the group's area, with their phones: who to call about a village. */
async function sendAreaOfficers(ctx: BotContext, where: GroupJurisdiction): Promise<void> {
  const townships = (await listTownships(ctx.app.db)).filter(
    (t) =>
      where.kind === 'county' ||
      (where.kind === 'station' ? t.stationCode === where.code : t.code === where.code),
  );
  const villages = await listVillages(ctx.app.db);
  const lines: string[] = [];
  for (const station of await listStations(ctx.app.db)) {
    const own = townships.filter((t) => t.stationCode === station.code);
    if (!own.length) continue;
    if (lines.length) lines.push('');
    lines.push(
      ctx.t('group-officers-station', {
        station: localize(station.name, ctx.locale),
        phone: station.phone,
      }),
    );
    for (const t of own)
      for (const v of villages.filter((x) => x.townshipCode === t.code))
        lines.push(
          ctx.t('group-officers-village', {
            village: localize(v.name, ctx.locale),
            township: localize(t.name, ctx.locale),
            officer: localize(v.officer.name, ctx.locale),
            phone: v.officer.phone,
          }),
        );
  }
  await ctx.reply(lines.join('\n') || escapeHtml('—'));
}

// Everything else said in a group is not for the bot: read nothing, answer nothing.
groupChats.filter((ctx) => !passedOn.has(ctx)).on('message', () => {});
groups.on('edited_message', async (ctx) => {
  if (ctx.chat.type === 'private') await ctx.reply(ctx.t('edited-ignored'));
});
groups.on(['channel_post', 'edited_channel_post'], () => {});
