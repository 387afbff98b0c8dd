/**
 * /stats for officers: counts over the last 7 or 30 days within the officer's scope, as a chart
 * image and as text, with village names (never codes) in the officer's language. Works in
 * private and in the station and county groups.
 */
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { renderPng } from '../../../charts/render-png.js';
import { statsChartSpec } from '../../../charts/report-stats.js';
import { statsChartSvg } from '../../../charts/stats-chart.js';
import { localize } from '../../../domain/locale.js';
import { isStaff, type Person } from '../../../domain/people/roles.js';
import { addDays, countyDay, startOfDay } from '../../../domain/time/county-day.js';
import { listVillages } from '../../../store/places.repository.js';
import { reportTimes } from '../../../store/report-figures.repository.js';
import { reportCounts } from '../../../store/reports.repository.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { refuseCommand } from '../../refuse.js';
import { groupRefuses, scopeOf } from './officer-scope.js';

export const statsAction = callbackAction('rst', ['7|30']);

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

export const officerStats = new Composer<BotContext>();
const chats = officerStats.chatType(['private', 'group', 'supergroup']);

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
