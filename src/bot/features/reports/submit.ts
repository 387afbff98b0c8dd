/**
 * The summary and the confirm step. The ✅ button carries the draft's submission key, so a press
 * is matched to exactly one submission: the current draft (submitted through the channel-neutral
 * workflow, which stores the report and its card notices in one transaction), or a report
 * already stored under that key ("already submitted, number X"), or nothing ("the draft is
 * gone"). It is never matched to another submission. The reporter hears the number only after
 * the commit; the cards follow from the notice loop. If storing fails, the draft stays.
 */
import { InlineKeyboard } from 'grammy';
import { localize } from '../../../domain/locale.js';
import { getVillageContext } from '../../../store/places.repository.js';
import { findBySubmissionKey, isReporterOf } from '../../../store/reports.repository.js';
import { submitReport } from '../../../workflows/reports/submit-report.js';
import { callbackAction } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import type { ReportFlow } from '../../flows.js';
import { mainMenuKeyboard } from '../../keyboards/main-menu.js';
import { personIdOf } from '../../person-id.js';
import { reportStep } from './keyboards.js';

/** ✅ on a summary: `rpy:<submission key>` (a UUID, so within Telegram's 64 bytes). */
export const reportConfirm = callbackAction('rpy', ['[A-Za-z0-9-]{8,40}']);

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
    reply_markup: new InlineKeyboard()
      .text(ctx.t('report-button-confirm'), reportConfirm.data(d.submissionKey))
      .row()
      .text(ctx.t('report-button-edit'), reportStep.data('edit'))
      .row()
      .text(ctx.t('button-cancel'), reportStep.data('cancel')),
  });
}

/**
 * A ✅ press. `key` is the button's submission key; null for a button sent before buttons
 * carried one, which can only mean the current draft.
 */
export async function confirmReport(ctx: BotContext, key: string | null): Promise<void> {
  const flow = ctx.session.flow?.name === 'report' ? ctx.session.flow : null;
  const person = ctx.person;
  await ctx.answerCallbackQuery();
  const current = flow?.step === 'summary' ? flow : null;
  if (!current || (key !== null && key !== current.draft.submissionKey))
    return answerStale(ctx, key);
  const d = current.draft;
  if (!person?.villageCode || !d.kind || !d.category || (!d.description && !d.voiceFileId)) {
    await ctx.reply(ctx.t('report-incomplete'));
    return;
  }
  const result = await submitReport(
    { db: ctx.app.db, timeZone: ctx.app.config.TZ },
    {
      reporter: { personId: await personIdOf(ctx) },
      homeVillageCode: person.villageCode,
      submissionKey: d.submissionKey,
      locale: ctx.locale,
      now: new Date(),
      draft: {
        kind: d.kind,
        category: d.category,
        evidence: d.evidence,
        anonymous: d.anonymous ?? false,
        ...(d.description ? { description: d.description } : {}),
        ...(d.voiceFileId ? { voiceFileId: d.voiceFileId } : {}),
        ...(d.place ? { place: d.place } : {}),
        ...(d.outsideCounty ? { outsideCounty: true } : {}),
        ...(d.occurredText ? { occurredText: d.occurredText } : {}),
      },
    },
  );
  if (result.outcome === 'rate-limited') {
    await ctx.reply(ctx.t('report-rate-limited'));
    return;
  }
  if (result.outcome !== 'stored') {
    await ctx.reply(
      ctx.t(result.outcome === 'no-village' ? 'report-incomplete' : 'report-draft-lost'),
    );
    return;
  }
  // Committed, cards included: from here on the person may be told the number.
  ctx.app.wakeNotices?.();
  const { report } = result;
  ctx.session.flow = undefined;
  await ctx.reply(
    ctx.t(report.anonymous ? 'report-submitted-anonymous' : 'report-submitted', {
      reference: report.reference,
    }),
    { reply_markup: mainMenuKeyboard(ctx.t) },
  );
  if (result.created && result.notices.length === 0)
    ctx.app.logger.error('report reached no chat; check the station and county chat ids', {
      report_id: report.id,
    });
}

/** A ✅ that is not the current draft's: its own report if stored, else the draft is gone. */
async function answerStale(ctx: BotContext, key: string | null): Promise<void> {
  const stored = key ? await findBySubmissionKey(ctx.app.db, key) : null;
  const mine =
    stored && ctx.person ? await isReporterOf(ctx.app.db, stored, await personIdOf(ctx)) : false;
  if (stored && mine)
    await ctx.reply(ctx.t('report-already-submitted', { reference: stored.reference }));
  else await ctx.reply(ctx.t('report-draft-lost'), { reply_markup: mainMenuKeyboard(ctx.t) });
}
