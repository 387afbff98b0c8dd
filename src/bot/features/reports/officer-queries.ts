/**
 * /reports and /stats for officers: their reports filtered by status, colour, village or "mine",
 * with paging; and counts over the last 7 or 30 days as a chart image and as text. Only reports
 * within the officer's scope are ever listed or counted.
 */
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { renderPng } from '../../../charts/render-png.js';
import { statsChartSpec } from '../../../charts/report-stats.js';
import { statsChartSvg } from '../../../charts/stats-chart.js';
import { localize } from '../../../domain/locale.js';
import { findVillage } from '../../../domain/people/find-village.js';
import { isStaff, type Person } from '../../../domain/people/roles.js';
import type { Colour } from '../../../domain/reports/categories.js';
import { addDays, countyDay, startOfDay } from '../../../domain/time/county-day.js';
import { listVillages } from '../../../store/places.repository.js';
import { reportTimes } from '../../../store/report-figures.repository.js';
import {
  getReport,
  listReports,
  type ReportFilter,
  recordNotification,
  reportCounts,
  type ScopeFilter,
} from '../../../store/reports.repository.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { jurisdictionOfChat, mayUseInGroup } from '../../group-scope.js';
import { refuseCallback, refuseCommand } from '../refuse.js';
import { COLOUR_EMOJI, renderCard } from './card.js';
import { triageKeyboard } from './keyboards.js';
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
export const statsAction = callbackAction('rst', ['7|30']);

function scopeOf(person: Person): ScopeFilter {
  if (person.role === 'admin' || !person.scope) return {};
  return person.scope.kind === 'station'
    ? { stationCode: person.scope.code }
    : { townshipCode: person.scope.code };
}

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
  if (filter === 'mine') f.assignedTo = person.telegramId;
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

async function sendStats(ctx: BotContext, days: 7 | 30): Promise<void> {
  const person = ctx.person as Person;
  const since = new Date(Date.now() - days * 86_400_000);
  const counts = await reportCounts(ctx.app.db, since, scopeOf(person));
  const sum = (key: (c: (typeof counts)[number]) => string) => {
    const m = new Map<string, number>();
    for (const c of counts) m.set(key(c), (m.get(key(c)) ?? 0) + c.count);
    return m;
  };
  const byColour = sum((c) => c.colour);
  const byCategory = sum((c) => c.category);
  const byVillage = sum((c) => c.village);
  const villages = await listVillages(ctx.app.db);
  const villageName = (code: string) => {
    const v = villages.find((x) => x.code === code);
    return v ? localize(v.name, ctx.locale) : code;
  };
  const total = counts.reduce((a, c) => a + c.count, 0);
  const lines = [
    ctx.t('stats-title', { days, total }),
    ctx.t('stats-colours', {
      red: byColour.get('red') ?? 0,
      yellow: byColour.get('yellow') ?? 0,
      green: byColour.get('green') ?? 0,
    }),
    ctx.t('stats-by-category'),
    ...[...byCategory.entries()].map(([id, n]) => `• ${ctx.t(`report-cat-${id}`)}：${n}`),
    ctx.t('stats-by-village'),
    ...[...byVillage.entries()].map(([code, n]) => `• ${villageName(code)}：${n}`),
  ];
  const png = await statsChartPng(ctx, days, counts, villageName);
  await ctx.replyWithPhoto(new InputFile(png, `stats-${days}d.png`), {
    caption: ctx.t('stats-caption', { days }),
  });
  await ctx.reply(lines.join('\n'), {
    reply_markup: new InlineKeyboard()
      .text('7', statsAction.data(7))
      .text('30', statsAction.data(30)),
  });
}

/**
 * The chart: the same counts in the officer's language (village names from the database), plus a
 * daily trend over the county's calendar days, today included.
 */
async function statsChartPng(
  ctx: BotContext,
  days: 7 | 30,
  counts: Awaited<ReturnType<typeof reportCounts>>,
  villageName: (code: string) => string,
): Promise<Buffer> {
  const tz = ctx.app.config.TZ;
  const today = countyDay(new Date(), tz);
  const times = await reportTimes(
    ctx.app.db,
    startOfDay(addDays(today, 1 - days), tz),
    scopeOf(ctx.person as Person),
  );
  const perDay = new Map<string, number>();
  for (const at of times) perDay.set(countyDay(at, tz), (perDay.get(countyDay(at, tz)) ?? 0) + 1);
  const spec = statsChartSpec({
    days,
    today,
    counts,
    perDay,
    t: (key, vars) => ctx.t(key, vars),
    villageName,
  });
  return renderPng(statsChartSvg(spec));
}

export const officerQueries = new Composer<BotContext>();
/**
 * Private chats, and the station and county groups: there `features/groups.ts` has already let
 * only officers of the group's area through for commands; buttons are checked here the same way.
 */
const chats = officerQueries.chatType(['private', 'group', 'supergroup']);

/** A button pressed in a group by someone the group's area does not cover: refused, audited. */
async function groupRefuses(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type === 'private') return false;
  const where = ctx.chat ? await jurisdictionOfChat(ctx.app.db, ctx.chat.id) : null;
  if (where && (await mayUseInGroup(ctx.app.db, ctx.person, where))) return false;
  await refuseCallback(ctx, 'group outside the officer scope', {
    audit: true,
    key: isStaff(ctx.person) ? 'group-out-of-scope' : 'staff-only',
  });
  return true;
}

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
      exactPlace: fresh.assignedOfficerId === ctx.from.id && ctx.chat.type === 'private',
      timeZone: ctx.app.config.TZ,
      historyKeep: 10,
    }),
    { reply_markup: triageKeyboard(fresh, ctx.t), link_preview_options: { is_disabled: true } },
  );
  await recordNotification(ctx.app.db, fresh.id, ctx.chat.id, sent.message_id);
});

chats.command('stats', async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'stats');
  await sendStats(ctx, ctx.match.trim() === '30' ? 30 : 7);
});

chats.callbackQuery(statsAction.pattern, async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'stats');
  if (await groupRefuses(ctx)) return;
  await ctx.answerCallbackQuery();
  await sendStats(ctx, ctx.match[1] === '30' ? 30 : 7);
});
