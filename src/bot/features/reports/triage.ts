/**
 * 民警移动办公: officers triage from the report card, in a group or in private. This file only
 * parses the button, calls the workflow (which checks scope, changes the report and writes its
 * history and audit rows in one transaction) and renders the result.
 */
import { Composer } from 'grammy';
import type { Colour } from '../../../domain/reports/categories.js';
import type { ReportStatus } from '../../../domain/reports/status.js';
import { blocklistReport } from '../../../workflows/reports/triage-blocklist.js';
import { colourReport } from '../../../workflows/reports/triage-colour.js';
import type { PointsReason } from '../../../workflows/reports/triage-points.js';
import { awardReportPoints } from '../../../workflows/reports/triage-points.js';
import { acceptReport, moveStatus } from '../../../workflows/reports/triage-status.js';
import type { BotContext } from '../../context.js';
import {
  triageAccept,
  triageBlocklist,
  triageColour,
  triagePoints,
  triageStatus,
} from './keyboards.js';
import { afterChange, refuseStaleCard, refuseTriage, triageDeps } from './triage-render.js';

export const triage = new Composer<BotContext>();

triage.callbackQuery(triageAccept.pattern, async (ctx) => {
  const result = await acceptReport(triageDeps(ctx), ctx.person, Number(ctx.match[1]));
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  if (result.outcome !== 'done') {
    await ctx.answerCallbackQuery({ text: ctx.t('triage-already-taken'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t('triage-accepted-you') });
  const { report } = result;
  afterChange(ctx, result);
  // The assigned officer gets the exact location privately (not the station group), named.
  if (report.place.latitude !== null && report.place.longitude !== null) {
    await ctx.api
      .sendMessage(ctx.from.id, ctx.t('triage-location-of', { reference: report.reference }))
      .catch(() => {});
    await ctx.api
      .sendLocation(ctx.from.id, report.place.latitude, report.place.longitude)
      .catch(() => {});
  }
});

triage.callbackQuery(triageColour.pattern, async (ctx) => {
  const colour = ctx.match[2] as Colour;
  const result = await colourReport(triageDeps(ctx), ctx.person, Number(ctx.match[1]), colour);
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  await ctx.answerCallbackQuery();
  if (result.outcome === 'done') afterChange(ctx, result);
});

triage.callbackQuery(triageStatus.pattern, async (ctx) => {
  const to = ctx.match[2] as ReportStatus;
  const result = await moveStatus(triageDeps(ctx), ctx.person, Number(ctx.match[1]), to);
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  if (result.outcome !== 'done')
    return refuseStaleCard(ctx, { outcome: 'stale', report: result.report });
  await ctx.answerCallbackQuery();
  afterChange(ctx, result);
});

triage.callbackQuery(triagePoints.pattern, async (ctx) => {
  const reason = ctx.match[3] as PointsReason;
  const result = await awardReportPoints(triageDeps(ctx), ctx.person, Number(ctx.match[1]), {
    points: Number(ctx.match[2]),
    reason,
    reasonText: ctx.t(`points-reason-${reason}`),
  });
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  if (result.outcome === 'stale') return refuseStaleCard(ctx, result);
  if (result.outcome === 'unchanged') {
    const key = result.reason === 'no-recipient' ? 'points-no-recipient' : 'points-already';
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t('points-awarded', { points: result.points }) });
  afterChange(ctx, result);
});

triage.callbackQuery(triageBlocklist.pattern, async (ctx) => {
  const result = await blocklistReport(triageDeps(ctx), ctx.person, Number(ctx.match[1]));
  if (result.outcome === 'refused') return refuseTriage(ctx, result);
  if (result.outcome !== 'done') {
    await ctx.answerCallbackQuery({ text: ctx.t('triage-blocklisted-already'), show_alert: true });
    return;
  }
  await ctx.app.blocklist?.refresh();
  await ctx.answerCallbackQuery({
    text: ctx.t('triage-blocklisted', { count: result.entries }),
    show_alert: true,
  });
});
