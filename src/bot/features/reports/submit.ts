/**
 * The summary and the confirm step. On confirm the report is stored first; only a stored report
 * gets a reference number. A double tap or a repeated confirm finds the same report (one
 * submission key per draft). If storing fails, the draft stays in the session for a retry.
 */
import { localize } from '../../../domain/locale.js';
import { MAX_REPORTS_PER_MINUTE } from '../../../domain/reports/report.js';
import { suggestColour } from '../../../domain/reports/triage.js';
import { appendAudit } from '../../../store/audit.repository.js';
import { getVillageContext } from '../../../store/places.repository.js';
import { countRecentReports, createReport } from '../../../store/reports.repository.js';
import type { BotContext } from '../../context.js';
import type { ReportFlow } from '../../flows.js';
import { mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { stepKeyboard } from './keyboards.js';
import { routeReport } from './routing.js';

function placeLine(ctx: BotContext, flow: ReportFlow, villageName: string): string {
  const p = flow.draft.place;
  if (!p) return ctx.t('report-place-none');
  if ('villageCode' in p) return villageName;
  if ('text' in p) return p.text;
  return ctx.t(
    flow.draft.outsideCounty ? 'report-place-location-outside' : 'report-place-location',
  );
}

export async function sendSummary(ctx: BotContext, flow: ReportFlow): Promise<void> {
  const d = flow.draft;
  const place = ctx.person?.villageCode
    ? await getVillageContext(ctx.app.db, ctx.person.villageCode)
    : null;
  const villageName = place ? localize(place.village.name, ctx.locale) : '';
  const text = ctx.t('report-summary', {
    kind: ctx.t(`report-kind-${d.kind ?? 'dispute'}`),
    category: ctx.t(`report-cat-${d.category ?? 'dispute-other'}`),
    description: d.description ?? (d.voiceFileId ? ctx.t('report-voice-note') : '—'),
    evidence: d.evidence.length,
    place: placeLine(ctx, flow, villageName),
    when: d.occurredText ?? '—',
    who: ctx.t(d.anonymous ? 'report-anonymous-explained' : 'report-named-explained'),
  });
  await ctx.reply(text, {
    reply_markup: stepKeyboard(ctx.t, [
      [ctx.t('report-button-confirm'), 'confirm'],
      [ctx.t('report-button-edit'), 'edit'],
    ]),
  });
}

export async function submitReport(ctx: BotContext): Promise<void> {
  const flow = ctx.session.flow?.name === 'report' ? ctx.session.flow : null;
  const person = ctx.person;
  if (flow?.step !== 'summary') {
    const last = ctx.session.lastSubmitted;
    await ctx.answerCallbackQuery();
    if (last) await ctx.reply(ctx.t('report-already-submitted', { reference: last.reference }));
    return;
  }
  const d = flow.draft;
  const place = person?.villageCode
    ? await getVillageContext(ctx.app.db, person.villageCode)
    : null;
  if (!person || !place || !d.kind || !d.category || (!d.description && !d.voiceFileId)) {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('report-incomplete'));
    return;
  }
  if (
    (await countRecentReports(ctx.app.db, person.telegramId, new Date(Date.now() - 60_000))) >=
    MAX_REPORTS_PER_MINUTE
  ) {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('report-rate-limited'));
    return;
  }
  const villageCode =
    d.place && 'villageCode' in d.place ? d.place.villageCode : place.village.code;
  const { report, created } = await createReport(
    ctx.app.db,
    {
      submissionKey: d.submissionKey,
      kind: d.kind,
      category: d.category,
      colour: suggestColour(d.category, d.description ?? ''),
      description: d.description ?? '',
      voiceFileId: d.voiceFileId ?? null,
      evidence: d.evidence,
      villageCode,
      townshipCode: place.township.code,
      stationCode: place.station.code,
      latitude: d.place && 'latitude' in d.place ? d.place.latitude : null,
      longitude: d.place && 'longitude' in d.place ? d.place.longitude : null,
      placeText: d.place && 'text' in d.place ? d.place.text : null,
      outsideCounty: d.outsideCounty ?? false,
      occurredText: d.occurredText ?? null,
      anonymous: d.anonymous ?? false,
      reporterTelegramId: person.telegramId,
      reporterLanguage: ctx.locale,
    },
    ctx.app.config.TZ,
  );
  // Stored: from here on the person may be told the number.
  ctx.session.flow = undefined;
  ctx.session.lastSubmitted = { key: d.submissionKey, reference: report.reference };
  await ctx.answerCallbackQuery();
  await ctx.reply(
    ctx.t(report.anonymous ? 'report-submitted-anonymous' : 'report-submitted', {
      reference: report.reference,
    }),
    {
      reply_markup: mainMenuKeyboard(ctx.t),
    },
  );
  if (!created) return;
  await appendAudit(ctx.app.db, {
    actorId: report.anonymous ? null : person.telegramId,
    action: 'report.create',
    subject: `report:${report.id}`,
  });
  const delivered = await routeReport(
    { api: ctx.api, db: ctx.app.db, translate: ctx.app.translate, logger: ctx.app.logger },
    report,
  );
  if (delivered === 0)
    ctx.app.logger.error('report reached no chat; check the station and county chat ids', {
      report_id: report.id,
    });
}
