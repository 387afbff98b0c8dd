/**
 * /reports for officers: their reports filtered by status, colour, village or "mine", with
 * paging, and one report opened with its whole history. Only reports within the officer's scope
 * are ever listed. Works in private and in the station and county groups.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { findVillage } from '../../../domain/people/find-village.js';
import { isStaff, type Person } from '../../../domain/people/roles.js';
import type { Colour } from '../../../domain/reports/categories.js';
import { listVillages } from '../../../store/places.repository.js';
import {
  getReport,
  listReports,
  type ReportFilter,
  recordNotification,
} from '../../../store/reports.repository.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { refuseCommand } from '../../refuse.js';
import { COLOUR_EMOJI, renderCard } from './card.js';
import { triageKeyboard } from './keyboards.js';
import { groupRefuses, scopeOf } from './officer-scope.js';
import { reportForOfficer } from './triage-private.js';

const PAGE = 8;
const FILTERS = [
  'open',
  'red',
  'yellow',
  'green',
  'new',
  'in_progress',
  'mine',
  'closed',
  'all',
] as const;
type ListFilter = (typeof FILTERS)[number];
export const listAction = callbackAction('rpl', [
  FILTERS.join('|'),
  '\\d{1,4}',
  '[A-Za-z0-9_-]{1,32}|-',
]);
export const openAction = callbackAction('rpo', ['\\d{1,12}']);

async function sendList(
  ctx: BotContext,
  filter: ListFilter,
  page: number,
  village: string | null,
): Promise<void> {
  const person = ctx.person as Person;
  const f: ReportFilter = { ...scopeOf(person), offset: page * PAGE, limit: PAGE + 1 };
  if (filter === 'open') f.status = 'open';
  if (filter === 'red' || filter === 'yellow' || filter === 'green')
    Object.assign(f, { colour: filter as Colour, status: 'open' });
  if (filter === 'mine') f.assignedTo = person.personId;
  if (filter === 'new' || filter === 'in_progress' || filter === 'closed') f.status = filter;
  if (village) f.villageCode = village;
  const rows = await listReports(ctx.app.db, f);
  const shown = rows.slice(0, PAGE);
  const keyboard = new InlineKeyboard();
  for (const r of shown)
    keyboard
      .text(
        `${COLOUR_EMOJI[r.colour]} ${r.reference} · ${ctx.t(`status-${r.status}`)}`,
        openAction.data(r.id),
      )
      .row();
  const v = village ?? '-';
  FILTERS.forEach((name, i) => {
    keyboard.text(ctx.t(`list-filter-${name}`), listAction.data(name, 0, v));
    if (i % 3 === 2) keyboard.row();
  });
  keyboard.row();
  if (page > 0) keyboard.text('«', listAction.data(filter, page - 1, v));
  if (rows.length > PAGE) keyboard.text('»', listAction.data(filter, page + 1, v));
  const text = ctx.t(shown.length ? 'list-title' : 'list-empty', {
    filter: ctx.t(`list-filter-${filter}`),
    page: page + 1,
  });
  if (ctx.callbackQuery?.message) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

export const officerQueries = new Composer<BotContext>();
/**
 * Private chats, and the station and county groups: there `features/groups.ts` has already let
 * only officers of the group's area through for commands; buttons are checked here the same way.
 */
const chats = officerQueries.chatType(['private', 'group', 'supergroup']);

chats.command('reports', async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'reports');
  const arg = ctx.match.trim();
  const village = arg ? findVillage(await listVillages(ctx.app.db), arg) : null;
  if (arg && !village) {
    await ctx.reply(ctx.t('list-unknown-village', { query: arg.slice(0, 40) }));
    return;
  }
  await sendList(ctx, 'open', 0, village?.code ?? null);
});

chats.callbackQuery(listAction.pattern, async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'reports');
  if (await groupRefuses(ctx)) return;
  await ctx.answerCallbackQuery();
  const village = ctx.match[3] === '-' ? null : (ctx.match[3] ?? null);
  await sendList(ctx, ctx.match[1] as ListFilter, Number(ctx.match[2]), village);
});

chats.callbackQuery(openAction.pattern, async (ctx) => {
  if (await groupRefuses(ctx)) return;
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  await ctx.answerCallbackQuery();
  const fresh = (await getReport(ctx.app.db, report.id)) ?? report;
  const sent = await ctx.reply(
    await renderCard(ctx.app.db, ctx.app.translate, fresh, ctx.locale, {
      // Exact coordinates only to the assigned officer, and only in private.
      exactPlace: fresh.assignedOfficerId === ctx.person?.personId && ctx.chat.type === 'private',
      timeZone: ctx.app.config.TZ,
      historyKeep: 10,
    }),
    { reply_markup: triageKeyboard(fresh, ctx.t), link_preview_options: { is_disabled: true } },
  );
  await recordNotification(ctx.app.db, fresh.id, ctx.chat.id, sent.message_id);
});
