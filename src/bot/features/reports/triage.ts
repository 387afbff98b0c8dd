/**
 * 民警移动办公: officers triage from the report card, in a group or in private. Every press is
 * checked on the server against the officer's scope; refusals and every change go to the audit
 * log; every change reaches the reporter in their own language and updates the cards.
 */
import { Composer } from 'grammy';
import { extractChannels } from '../../../domain/fraud/index.js';
import { covers } from '../../../domain/people/roles.js';
import { COLOURS, type Colour } from '../../../domain/reports/categories.js';
import type { Report } from '../../../domain/reports/report.js';
import { canMove, type ReportStatus } from '../../../domain/reports/status.js';
import { appendAudit } from '../../../store/audit.repository.js';
import { addToBlocklist } from '../../../store/blocklist.repository.js';
import { awardPoints } from '../../../store/points.repository.js';
import {
  addEvent,
  getReport,
  moveReport,
  reporterChatOf,
  setColour,
} from '../../../store/reports.repository.js';
import { getUser } from '../../../store/users.repository.js';
import type { BotContext } from '../../context.js';
import { refuseCallback } from '../refuse.js';
import {
  triageAccept,
  triageBlocklist,
  triageColour,
  triageEvidence,
  triageInput,
  triagePoints,
  triageReporter,
  triageStatus,
} from './keyboards.js';
import { notifyReporter } from './notify-reporter.js';
import { refreshCards } from './routing.js';

/** The report, if the person pressing may act on it; otherwise refused and audited. */
export async function reportForOfficer(ctx: BotContext, id: number): Promise<Report | null> {
  const report = await getReport(ctx.app.db, id);
  const person = ctx.person;
  const allowed =
    report &&
    person &&
    covers(person, {
      villageCode: report.villageCode,
      townshipCode: report.townshipCode,
      stationCode: report.stationCode,
    });
  if (!report || !allowed) {
    await refuseCallback(ctx, report ? 'report outside the officer scope' : 'unknown report', {
      audit: true,
      key: 'staff-only',
    });
    return null;
  }
  return report;
}

export function routingDeps(ctx: BotContext) {
  return { api: ctx.api, db: ctx.app.db, translate: ctx.app.translate, logger: ctx.app.logger };
}

async function afterChange(
  ctx: BotContext,
  id: number,
  audit: string,
  detail: Record<string, unknown>,
  reporterKey?: string,
  vars?: Record<string, string>,
) {
  await appendAudit(ctx.app.db, {
    actorId: ctx.from?.id ?? null,
    action: audit,
    subject: `report:${id}`,
    detail,
  });
  const updated = await getReport(ctx.app.db, id);
  if (!updated) return;
  await refreshCards(routingDeps(ctx), updated);
  if (reporterKey) await notifyReporter(routingDeps(ctx), updated, reporterKey, vars);
}

export async function changeStatus(
  ctx: BotContext,
  report: Report,
  to: ReportStatus,
  extra: { rejectReason?: string } = {},
): Promise<boolean> {
  if (!canMove(report.status, to)) return false;
  const now = new Date().toISOString();
  const moved = await moveReport(ctx.app.db, report.id, report.status, to, {
    ...(to === 'closed' || to === 'rejected' ? { closed_at: now } : {}),
    ...(extra.rejectReason ? { reject_reason: extra.rejectReason } : {}),
  });
  if (!moved) return false;
  await addEvent(ctx.app.db, report.id, ctx.from?.id ?? null, 'status', to);
  await afterChange(
    ctx,
    report.id,
    'report.status',
    { from: report.status, to },
    to === 'rejected' ? 'reporter-rejected' : 'reporter-status',
    extra.rejectReason ? { reason: extra.rejectReason } : {},
  );
  return true;
}

export const triage = new Composer<BotContext>();

triage.callbackQuery(triageAccept.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  const officerId = ctx.from.id;
  const moved = await moveReport(ctx.app.db, report.id, 'new', 'accepted', {
    assigned_officer_id: officerId,
    accepted_at: new Date().toISOString(),
  });
  if (!moved) {
    await ctx.answerCallbackQuery({ text: ctx.t('triage-already-taken'), show_alert: true });
    return;
  }
  await addEvent(ctx.app.db, report.id, officerId, 'status', 'accepted');
  await ctx.answerCallbackQuery({ text: ctx.t('triage-accepted-you') });
  await afterChange(ctx, report.id, 'report.accept', { officer: officerId }, 'reporter-accepted', {
    officer: ctx.person?.firstName ?? '',
  });
  // The assigned officer gets the exact location privately (not the station group).
  if (report.place.latitude !== null && report.place.longitude !== null) {
    await ctx.api
      .sendLocation(officerId, report.place.latitude, report.place.longitude)
      .catch(() => {});
  }
});

triage.callbackQuery(triageColour.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  const colour = ctx.match[2] as Colour;
  if (!report || !COLOURS.includes(colour)) return;
  await ctx.answerCallbackQuery();
  if (report.colour === colour) return;
  await setColour(ctx.app.db, report.id, colour);
  await addEvent(ctx.app.db, report.id, ctx.from.id, 'colour', colour);
  await afterChange(ctx, report.id, 'report.colour', { from: report.colour, to: colour });
});

triage.callbackQuery(triageStatus.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  const ok = await changeStatus(ctx, report, ctx.match[2] as ReportStatus);
  await ctx.answerCallbackQuery(ok ? {} : { text: ctx.t('triage-not-now'), show_alert: true });
});

triage.callbackQuery(triageInput.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  const action = ctx.match[2] as 'note' | 'reply' | 'ask' | 'reject';
  // Typing happens in the officer's private chat, whatever chat the card is in.
  try {
    await ctx.api.sendMessage(
      ctx.from.id,
      ctx.t(`triage-input-${action}`, { reference: report.reference }),
    );
  } catch {
    await ctx.answerCallbackQuery({ text: ctx.t('triage-start-private'), show_alert: true });
    return;
  }
  ctx.session.flow = undefined;
  await setOfficerFlow(ctx, ctx.from.id, { name: 'officer-input', action, reportId: report.id });
  await ctx.answerCallbackQuery({ text: ctx.t('triage-check-private') });
});

triage.callbackQuery(triageEvidence.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  await ctx.answerCallbackQuery();
  for (const e of report.evidence) {
    const caption = report.reference;
    const send =
      e.kind === 'photo'
        ? ctx.api.sendPhoto(ctx.from.id, e.fileId, { caption })
        : e.kind === 'video'
          ? ctx.api.sendVideo(ctx.from.id, e.fileId, { caption })
          : ctx.api.sendDocument(ctx.from.id, e.fileId, { caption });
    await send.catch((error) =>
      ctx.app.logger.warn('evidence could not be sent', { report_id: report.id, error }),
    );
  }
  await appendAudit(ctx.app.db, {
    actorId: ctx.from.id,
    action: 'report.evidence.view',
    subject: `report:${report.id}`,
  });
});

triage.callbackQuery(triageReporter.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  await ctx.answerCallbackQuery();
  if (report.anonymous || report.reporterId === null) {
    await ctx.api.sendMessage(ctx.from.id, ctx.t('triage-reporter-anonymous')).catch(() => {});
    return;
  }
  const reporter = await getUser(ctx.app.db, report.reporterId);
  await ctx.api
    .sendMessage(
      ctx.from.id,
      ctx.t('triage-reporter-card', {
        reference: report.reference,
        name: reporter?.firstName || '—',
        id: String(report.reporterId),
      }),
    )
    .catch(() => {});
  await appendAudit(ctx.app.db, {
    actorId: ctx.from.id,
    action: 'report.reporter.view',
    subject: `report:${report.id}`,
  });
});

triage.callbackQuery(triagePoints.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (!report) return;
  const reporter = await reporterChatOf(ctx.app.db, report);
  if (reporter === null) {
    await ctx.answerCallbackQuery({ text: ctx.t('points-no-recipient'), show_alert: true });
    return;
  }
  const points = Number(ctx.match[2]);
  const reason = ctx.t(`points-reason-${ctx.match[3]}`);
  const balance = await awardPoints(
    ctx.app.db,
    reporter,
    points,
    `${reason} ${report.reference}`,
    ctx.from.id,
    report.id,
  );
  await addEvent(ctx.app.db, report.id, ctx.from.id, 'points', String(points));
  await appendAudit(ctx.app.db, {
    actorId: ctx.from.id,
    action: 'points.award',
    subject: `report:${report.id}`,
    detail: { points },
  });
  await ctx.answerCallbackQuery({ text: ctx.t('points-awarded', { points }) });
  await notifyReporter(routingDeps(ctx), report, 'reporter-points', {
    points: String(points),
    balance: String(balance),
    reason,
  });
});

/** The officer's private-chat session (the card may be in a group, with its own session). */
async function setOfficerFlow(
  ctx: BotContext,
  officerId: number,
  flow: NonNullable<BotContext['session']['flow']>,
): Promise<void> {
  if (ctx.chat?.id === officerId) {
    ctx.session.flow = flow;
    return;
  }
  await ctx.app.sessions.set(String(officerId), {
    ...((await ctx.app.sessions.get(String(officerId))) ?? {}),
    flow,
  });
}

triage.callbackQuery(triageBlocklist.pattern, async (ctx) => {
  const report = await reportForOfficer(ctx, Number(ctx.match[1]));
  if (report?.category !== 'fraud') return;
  // The officer confirms this telecom-fraud clue: its numbers and links warn the next villager.
  const channels = extractChannels(report.description);
  for (const c of channels) await addToBlocklist(ctx.app.db, c.kind, c.key, ctx.from.id);
  await ctx.app.blocklist?.refresh();
  await addEvent(ctx.app.db, report.id, ctx.from.id, 'note', `blocklist: ${channels.length}`);
  await appendAudit(ctx.app.db, {
    actorId: ctx.from.id,
    action: 'blocklist.add',
    subject: `report:${report.id}`,
    detail: { entries: channels.length },
  });
  await ctx.answerCallbackQuery({
    text: ctx.t('triage-blocklisted', { count: channels.length }),
    show_alert: true,
  });
});
