/**
 * 我要反映: kind, category, description (text or voice), evidence, place, time, named or
 * anonymous, then a summary to confirm or edit. Buttons first; free text where it helps. The
 * draft lives in the session, so nothing is lost if the phone or the bot restarts mid-way.
 */
import { randomUUID } from 'node:crypto';
import { Composer } from 'grammy';
import { localize } from '../../../domain/locale.js';
import { findCategory } from '../../../domain/reports/categories.js';
import { isOutsideCounty, MAX_EVIDENCE } from '../../../domain/reports/report.js';
import { suggestsDanger } from '../../../domain/reports/triage.js';
import type { Translate } from '../../../i18n/translate.js';
import { getVillageContext, listVillages } from '../../../store/places.repository.js';
import type { BotContext } from '../../context.js';
import type { ReportFlow, ReportStep } from '../../flows.js';
import { isMenuButton, mainMenuKeyboard, menuButtonTexts } from '../../keyboards/main-menu.js';
import { refuseCallback } from '../../refuse.js';
import { askTownship } from '../../screens/place-picker.js';
import {
  categoryKeyboard,
  editKeyboard,
  kindKeyboard,
  locationKeyboard,
  reportCategory,
  reportEdit,
  reportKind,
  reportStep,
  stepKeyboard,
} from './keyboards.js';
import { confirmReport, reportConfirm, sendSummary } from './submit.js';

function flowOf(ctx: BotContext): ReportFlow | null {
  return ctx.session.flow?.name === 'report' ? ctx.session.flow : null;
}

/** Moves on from a step; while editing from the summary, every step leads back to it. */
export function advance(ctx: BotContext, flow: ReportFlow, next: ReportStep): Promise<void> {
  const keepEditing = flow.editing && flow.step === 'kind' && next === 'category';
  const step = flow.editing && !keepEditing ? 'summary' : next;
  return ask(ctx, { ...flow, step, editing: step === 'summary' ? false : flow.editing });
}

/** Stores the flow and asks the question of its current step. */
export async function ask(ctx: BotContext, next: ReportFlow): Promise<void> {
  ctx.session.flow = next;
  const t = ctx.t;
  switch (next.step) {
    case 'kind':
      await ctx.reply(t('report-choose-kind'), { reply_markup: kindKeyboard(t) });
      return;
    case 'category':
      await ctx.reply(t('report-choose-category'), {
        reply_markup: categoryKeyboard(next.draft.kind ?? 'dispute', t),
      });
      return;
    case 'description':
      await ctx.reply(t('report-ask-description'), { reply_markup: stepKeyboard(t, []) });
      return;
    case 'evidence':
      await ctx.reply(t('report-ask-evidence', { max: MAX_EVIDENCE }), {
        reply_markup: stepKeyboard(t, [[t('report-button-done'), 'done']]),
      });
      return;
    case 'place': {
      const code = ctx.person?.villageCode;
      const place = code ? await getVillageContext(ctx.app.db, code) : null;
      await ctx.reply(t('report-ask-place'), { reply_markup: locationKeyboard(t) });
      const buttons: Array<[string, 'village' | 'skip']> = place
        ? [
            [
              t('report-button-my-village', { village: localize(place.village.name, ctx.locale) }),
              'village',
            ],
          ]
        : [];
      await ctx.reply(t('report-ask-place-more'), {
        reply_markup: stepKeyboard(t, [...buttons, [t('report-button-skip'), 'skip']]),
      });
      return;
    }
    case 'when':
      await ctx.reply(t('report-ask-when'), {
        reply_markup: stepKeyboard(t, [
          [t('report-when-now'), 'now'],
          [t('report-when-today'), 'today'],
          [t('report-when-yesterday'), 'yesterday'],
          [t('report-when-earlier'), 'earlier'],
        ]),
      });
      return;
    case 'anonymity':
      await ctx.reply(t('report-ask-anonymity'), {
        reply_markup: stepKeyboard(t, [
          [t('report-button-named'), 'named'],
          [t('report-button-anon'), 'anon'],
        ]),
      });
      return;
    case 'summary':
      await sendSummary(ctx, next);
      return;
  }
}

export function createReportFlow(translate: Translate): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const chats = feature.chatType('private');

  chats.hears(menuButtonTexts(translate, 'menu-report'), async (ctx) => {
    if (!ctx.person?.villageCode) {
      await ctx.reply(ctx.t('officer-card-no-village'));
      return askTownship(ctx, false);
    }
    await ask(ctx, {
      name: 'report',
      step: 'kind',
      draft: { submissionKey: randomUUID(), evidence: [] },
    });
  });

  chats.callbackQuery(reportKind.pattern, async (ctx) => {
    const flow = flowOf(ctx);
    if (!flow) return refuseCallback(ctx, 'no report in progress');
    await ctx.answerCallbackQuery();
    const kind = ctx.match[1] as 'dispute' | 'clue';
    await advance(
      ctx,
      { ...flow, draft: { ...flow.draft, kind, category: undefined } },
      'category',
    );
  });

  chats.callbackQuery(reportCategory.pattern, async (ctx) => {
    const flow = flowOf(ctx);
    const category = findCategory(ctx.match[1] ?? '');
    if (!flow || !category || (flow.draft.kind && category.kind !== flow.draft.kind))
      return refuseCallback(ctx, 'bad report category');
    await ctx.answerCallbackQuery();
    await advance(
      ctx,
      { ...flow, draft: { ...flow.draft, kind: category.kind, category: category.id } },
      'description',
    );
  });

  chats.callbackQuery(reportEdit.pattern, async (ctx) => {
    const flow = flowOf(ctx);
    if (flow?.step !== 'summary') return refuseCallback(ctx, 'no report summary');
    await ctx.answerCallbackQuery();
    const field = ctx.match[1] as ReportStep;
    await ask(ctx, { ...flow, step: field === 'category' ? 'kind' : field, editing: true });
  });

  chats.callbackQuery(reportConfirm.pattern, async (ctx) => {
    const flow = flowOf(ctx);
    const key = ctx.match[1] ?? '';
    // This draft's ✅, but the last step was lost (a crash before the session was saved).
    if (flow && flow.step !== 'summary' && flow.draft.submissionKey === key) {
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t('report-draft-unsaved'));
      return ask(ctx, flow);
    }
    return confirmReport(ctx, key);
  });

  chats.callbackQuery(reportStep.pattern, async (ctx) => {
    const flow = flowOf(ctx);
    const action = ctx.match[1];
    if (action === 'confirm') return confirmReport(ctx, null);
    if (!flow) return refuseCallback(ctx, 'no report in progress');
    await ctx.answerCallbackQuery();
    const d = flow.draft;
    switch (action) {
      case 'cancel':
        ctx.session.flow = undefined;
        await ctx.reply(ctx.t('report-cancelled'), { reply_markup: mainMenuKeyboard(ctx.t) });
        return;
      case 'edit':
        await ctx.reply(ctx.t('report-edit-which'), { reply_markup: editKeyboard(ctx.t) });
        return;
      case 'done':
        if (flow.step === 'evidence') return advance(ctx, flow, 'place');
        return;
      case 'skip':
        if (flow.step === 'place')
          return advance(
            ctx,
            { ...flow, draft: { ...d, place: undefined, outsideCounty: false } },
            'when',
          );
        if (flow.step === 'evidence') return advance(ctx, flow, 'place');
        return;
      case 'village':
        if (flow.step !== 'place' || !ctx.person?.villageCode) return;
        await ctx.reply(ctx.t('report-place-noted'), { reply_markup: mainMenuKeyboard(ctx.t) });
        return advance(
          ctx,
          {
            ...flow,
            draft: { ...d, place: { villageCode: ctx.person.villageCode }, outsideCounty: false },
          },
          'when',
        );
      case 'now':
      case 'today':
      case 'yesterday':
      case 'earlier':
        if (flow.step !== 'when') return;
        return advance(
          ctx,
          { ...flow, draft: { ...d, occurredText: ctx.t(`report-when-${action}`) } },
          'anonymity',
        );
      case 'named':
      case 'anon':
        if (flow.step !== 'anonymity') return;
        return advance(ctx, { ...flow, draft: { ...d, anonymous: action === 'anon' } }, 'summary');
      default:
        return;
    }
  });

  /** Messages while a report is being written: what they mean depends on the step. */
  chats.on('message', async (ctx, next) => {
    const flow = flowOf(ctx);
    if (!flow) return next();
    const text = ctx.msg.text;
    if (text?.startsWith('/')) return next();
    if (isMenuButton(translate, text)) {
      ctx.session.flow = undefined;
      return next();
    }
    const d = flow.draft;
    if (flow.step === 'description') {
      const voice = ctx.msg.voice?.file_id;
      const said = (text ?? ctx.msg.caption ?? '').trim();
      if (!said && !voice) {
        await ctx.reply(ctx.t('report-description-again'));
        return;
      }
      if (said && suggestsDanger(said)) await ctx.reply(ctx.t('report-danger'));
      return advance(
        ctx,
        {
          ...flow,
          draft: {
            ...d,
            description: said.slice(0, 4000) || d.description,
            voiceFileId: voice ?? d.voiceFileId,
          },
        },
        'evidence',
      );
    }
    if (flow.step === 'evidence') {
      const file =
        (ctx.msg.photo && {
          kind: 'photo' as const,
          fileId: ctx.msg.photo.at(-1)?.file_id ?? '',
        }) ||
        (ctx.msg.video && { kind: 'video' as const, fileId: ctx.msg.video.file_id }) ||
        (ctx.msg.document && { kind: 'document' as const, fileId: ctx.msg.document.file_id });
      if (!file?.fileId) {
        await ctx.reply(ctx.t('report-evidence-only'), {
          reply_markup: stepKeyboard(ctx.t, [[ctx.t('report-button-done'), 'done']]),
        });
        return;
      }
      const group = ctx.msg.media_group_id;
      const sameAlbum = group !== undefined && group === d.lastMediaGroup;
      if (d.evidence.length >= MAX_EVIDENCE) {
        if (!d.evidenceCapped)
          await ctx.reply(ctx.t('report-evidence-capped', { max: MAX_EVIDENCE }), {
            reply_markup: stepKeyboard(ctx.t, [[ctx.t('report-button-done'), 'done']]),
          });
        ctx.session.flow = {
          ...flow,
          draft: { ...d, evidenceCapped: true, lastMediaGroup: group },
        };
        return;
      }
      const evidence = [...d.evidence, file];
      ctx.session.flow = { ...flow, draft: { ...d, evidence, lastMediaGroup: group } };
      // One reply per album, not one per photo.
      if (!sameAlbum)
        await ctx.reply(ctx.t('report-evidence-received'), {
          reply_markup: stepKeyboard(ctx.t, [[ctx.t('report-button-done'), 'done']]),
        });
      return;
    }
    if (flow.step === 'place') {
      const location = ctx.msg.location;
      if (location) {
        const villages = (await listVillages(ctx.app.db)).flatMap((v) =>
          v.location ? [v.location] : [],
        );
        const outside = isOutsideCounty(location, villages);
        await ctx.reply(ctx.t(outside ? 'report-place-outside' : 'report-place-noted'), {
          reply_markup: mainMenuKeyboard(ctx.t),
        });
        return advance(
          ctx,
          {
            ...flow,
            draft: {
              ...d,
              place: { latitude: location.latitude, longitude: location.longitude },
              outsideCounty: outside,
            },
          },
          'when',
        );
      }
      if (text?.trim()) {
        await ctx.reply(ctx.t('report-place-noted'), { reply_markup: mainMenuKeyboard(ctx.t) });
        return advance(
          ctx,
          {
            ...flow,
            draft: { ...d, place: { text: text.trim().slice(0, 300) }, outsideCounty: false },
          },
          'when',
        );
      }
      await ctx.reply(ctx.t('report-ask-place'), { reply_markup: locationKeyboard(ctx.t) });
      return;
    }
    if (flow.step === 'when' && text?.trim()) {
      return advance(
        ctx,
        { ...flow, draft: { ...d, occurredText: text.trim().slice(0, 200) } },
        'anonymity',
      );
    }
    // Anything else (a sticker, say): ask the current question again.
    await ask(ctx, flow);
  });

  return feature;
}
