/**
 * /broadcast (officers): kind, text (plus optional Mongolian and English versions), an optional
 * photo, the target within the officer's scope with the recipient count, and the time; then a
 * preview exactly as residents will see it. Submitting sends it to review; an admin may send an
 * urgent warning directly. Text is shown literally (escaped), never as markup.
 */

import { Composer, InlineKeyboard } from 'grammy';
import { residentChannels } from '../../config.js';
import {
  BROADCAST_KINDS,
  type BroadcastRequest,
  type TargetSpec,
  textProblem,
} from '../../domain/broadcasts/request.js';
import { localize } from '../../domain/locale.js';
import { isStaff } from '../../domain/people/roles.js';
import { appendAudit } from '../../store/audit.repository.js';
import { createRequest } from '../../store/broadcast-requests.repository.js';
import { listTownships, listVillages } from '../../store/places.repository.js';
import { announcePendingRequests } from '../../workflows/broadcasts/announce-requests.js';
import { decideBroadcast } from '../../workflows/broadcasts/decide-request.js';
import { recipientsOf } from '../../workflows/broadcasts/publish-request.js';
import { adminPersonsOf } from '../admin-persons.js';
import { broadcastHtml } from '../broadcasts/outbox-html.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import type { BroadcastFlow } from '../flows.js';
import { localTime } from '../format-time.js';
import { cancelFlow, cancelKeyboard } from '../keyboards/cancel.js';
import { LANGUAGE_LABELS } from '../keyboards/languages.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { refuseCallback, refuseCommand, refuseStale } from '../refuse.js';

/** Room for the kind header inside Telegram's 1,024-character caption. */
const MAX_CAPTION_TEXT = 950;

export const bcKind = callbackAction('bck', [BROADCAST_KINDS.join('|')]);
export const bcLanguage = callbackAction('bcl', ['mn|en|done']);
export const bcSkipPhoto = callbackAction('bcn');
export const bcMode = callbackAction('bcg', ['all|townships|villages|done']);
export const bcPick = callbackAction('bcp', ['[A-Za-z0-9_-]{1,32}']);
export const bcTime = callbackAction('bcw', ['now|1h|evening|morning']);
export const bcSubmit = callbackAction('bcs', ['submit|direct|cancel']);

/** A "取消" row under every step's buttons: the draft can be dropped at any point. */
function withCancel(ctx: BotContext, keyboard: InlineKeyboard): InlineKeyboard {
  return keyboard.row().text(ctx.t('button-cancel'), cancelFlow.data('broadcast'));
}

/** Asks for the text in one language, named as people say it (中文, English, ᠮᠣᠩᠭᠣᠯ). */
function askText(ctx: BotContext, language: BroadcastFlow['language']) {
  return ctx.reply(ctx.t('broadcast-ask-text', { language: LANGUAGE_LABELS[language] }), {
    reply_markup: cancelKeyboard(ctx, 'broadcast'),
  });
}

/** An officer's button from a finished draft has expired; anyone else's press is audited. */
function staleOrRefused(ctx: BotContext, reason: string): Promise<void> {
  return isStaff(ctx.person)
    ? refuseStale(ctx, reason)
    : refuseCallback(ctx, reason, { audit: true });
}

function flowOf(ctx: BotContext): BroadcastFlow | null {
  return ctx.session.flow?.name === 'broadcast' ? ctx.session.flow : null;
}

function targetOfDraft(d: BroadcastFlow['draft']): TargetSpec | null {
  if (d.mode === 'all') return { all: true };
  if (d.mode === 'townships' && d.picked.length) return { townships: d.picked };
  if (d.mode === 'villages' && d.picked.length) return { villages: d.picked };
  return null;
}

function asRequest(
  d: BroadcastFlow['draft'],
  target: TargetSpec,
): Pick<BroadcastRequest, 'kind' | 'texts' | 'target'> {
  return {
    kind: d.kind ?? 'notice',
    texts: { ...d.texts, 'zh-CN': d.texts['zh-CN'] ?? '' },
    target,
  };
}

async function askTarget(ctx: BotContext, flow: BroadcastFlow): Promise<void> {
  ctx.session.flow = { ...flow, step: 'target' };
  await ctx.reply(ctx.t('broadcast-ask-target'), {
    reply_markup: withCancel(
      ctx,
      new InlineKeyboard()
        .text(ctx.t('broadcast-target-all'), bcMode.data('all'))
        .row()
        .text(ctx.t('broadcast-target-townships'), bcMode.data('townships'))
        .text(ctx.t('broadcast-target-villages'), bcMode.data('villages')),
    ),
  });
}

async function pickList(ctx: BotContext, flow: BroadcastFlow, edit: boolean): Promise<void> {
  const person = ctx.person;
  const scopeStation =
    person?.role === 'officer' && person.scope?.kind === 'station' ? person.scope.code : null;
  const scopeTownship =
    person?.role === 'officer' && person.scope?.kind === 'township' ? person.scope.code : null;
  const townships = (await listTownships(ctx.app.db)).filter(
    (t) =>
      (!scopeStation || t.stationCode === scopeStation) &&
      (!scopeTownship || t.code === scopeTownship),
  );
  const places =
    flow.draft.mode === 'townships'
      ? townships.map((t) => ({ code: t.code, name: localize(t.name, ctx.locale) }))
      : (await listVillages(ctx.app.db))
          .filter((v) => townships.some((t) => t.code === v.townshipCode))
          .map((v) => ({ code: v.code, name: localize(v.name, ctx.locale) }));
  const keyboard = new InlineKeyboard();
  places.forEach((p, i) => {
    keyboard.text(
      `${flow.draft.picked.includes(p.code) ? '✅' : '⬜'} ${p.name}`,
      bcPick.data(p.code),
    );
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t('broadcast-target-done'), bcMode.data('done'));
  withCancel(ctx, keyboard);
  const text = ctx.t('broadcast-pick');
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

async function preview(ctx: BotContext, flow: BroadcastFlow): Promise<void> {
  const target = targetOfDraft(flow.draft);
  if (!target) return askTarget(ctx, flow);
  const request = asRequest(flow.draft, target);
  const count = await recipientsOf(ctx.app.db, request, ctx.person);
  ctx.session.flow = { ...flow, step: 'preview' };
  for (const locale of ['zh-CN', 'mn', 'en'] as const) {
    if (!flow.draft.texts[locale]) continue;
    await ctx.reply(
      `${ctx.t('broadcast-preview-label', { language: LANGUAGE_LABELS[locale] })}\n\n${broadcastHtml(ctx.app.translate, locale, request)}`,
    );
  }
  const keyboard = new InlineKeyboard().text(ctx.t('broadcast-submit'), bcSubmit.data('submit'));
  if (ctx.person?.role === 'admin' && flow.draft.kind === 'urgent')
    keyboard.row().text(ctx.t('broadcast-direct'), bcSubmit.data('direct'));
  keyboard.row().text(ctx.t('button-cancel'), bcSubmit.data('cancel'));
  await ctx.reply(
    ctx.t('broadcast-preview-summary', {
      count,
      kind: ctx.t(`broadcast-kind-${flow.draft.kind ?? 'notice'}`),
      when: flow.draft.notBefore
        ? localTime(flow.draft.notBefore, ctx.app.config.TZ)
        : ctx.t('broadcast-when-now'),
    }),
    {
      reply_markup: keyboard,
    },
  );
}

function laterTime(choice: string, timeZone: string): string | null {
  const now = new Date();
  if (choice === 'now') return null;
  if (choice === '1h') return new Date(now.getTime() + 3600_000).toISOString();
  const hour = choice === 'evening' ? 19 : 8;
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => local.find((p) => p.type === t)?.value ?? '00';
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')
      ?.value.replace('GMT', '') || 'Z';
  let at = new Date(
    `${get('year')}-${get('month')}-${get('day')}T${String(hour).padStart(2, '0')}:00:00${offset}`,
  );
  if (at <= now) at = new Date(at.getTime() + 86_400_000);
  return at.toISOString();
}

export const broadcastFlow = new Composer<BotContext>();
const chats = broadcastFlow.chatType('private');

chats.command('broadcast', async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'broadcast');
  ctx.session.flow = {
    name: 'broadcast',
    step: 'kind',
    language: 'zh-CN',
    draft: { texts: {}, picked: [] },
  };
  const keyboard = new InlineKeyboard();
  BROADCAST_KINDS.forEach((k, i) => {
    keyboard.text(ctx.t(`broadcast-kind-${k}`), bcKind.data(k));
    if (i % 2 === 1) keyboard.row();
  });
  await ctx.reply(ctx.t('broadcast-ask-kind'), { reply_markup: withCancel(ctx, keyboard) });
});

chats.callbackQuery(bcKind.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow || !isStaff(ctx.person)) return staleOrRefused(ctx, 'no broadcast in progress');
  await ctx.answerCallbackQuery();
  ctx.session.flow = {
    ...flow,
    step: 'text',
    language: 'zh-CN',
    draft: { ...flow.draft, kind: ctx.match[1] as BroadcastFlow['draft']['kind'] },
  };
  await askText(ctx, 'zh-CN');
});

chats.callbackQuery(bcLanguage.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow) return refuseStale(ctx, 'no broadcast in progress');
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === 'done') {
    ctx.session.flow = { ...flow, step: 'photo' };
    await ctx.reply(ctx.t('broadcast-ask-photo'), {
      reply_markup: withCancel(
        ctx,
        new InlineKeyboard().text(ctx.t('report-button-skip'), bcSkipPhoto.data()),
      ),
    });
    return;
  }
  const language = ctx.match[1] as 'mn' | 'en';
  ctx.session.flow = { ...flow, step: 'text', language };
  await askText(ctx, language);
});

chats.callbackQuery(bcSkipPhoto.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow) return refuseStale(ctx, 'no broadcast in progress');
  await ctx.answerCallbackQuery();
  await askTarget(ctx, flow);
});

chats.callbackQuery(bcMode.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow) return refuseStale(ctx, 'no broadcast in progress');
  await ctx.answerCallbackQuery();
  const mode = ctx.match[1];
  if (mode === 'all' || mode === 'done') {
    const next: BroadcastFlow =
      mode === 'all' ? { ...flow, draft: { ...flow.draft, mode: 'all', picked: [] } } : flow;
    const target = targetOfDraft(next.draft);
    const count = target
      ? await recipientsOf(ctx.app.db, asRequest(next.draft, target), ctx.person)
      : 0;
    if (count === 0) {
      ctx.session.flow = next;
      await ctx.reply(ctx.t('broadcast-no-recipients'));
      return askTarget(ctx, next);
    }
    ctx.session.flow = { ...next, step: 'time' };
    await ctx.reply(ctx.t('broadcast-ask-time', { count }), {
      reply_markup: withCancel(
        ctx,
        new InlineKeyboard()
          .text(ctx.t('broadcast-when-now'), bcTime.data('now'))
          .text(ctx.t('broadcast-when-1h'), bcTime.data('1h'))
          .row()
          .text(ctx.t('broadcast-when-evening'), bcTime.data('evening'))
          .text(ctx.t('broadcast-when-morning'), bcTime.data('morning')),
      ),
    });
    return;
  }
  const next: BroadcastFlow = {
    ...flow,
    draft: { ...flow.draft, mode: mode as 'townships' | 'villages', picked: [] },
  };
  ctx.session.flow = next;
  await pickList(ctx, next, false);
});

chats.callbackQuery(bcPick.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow || (flow.draft.mode !== 'townships' && flow.draft.mode !== 'villages'))
    return refuseStale(ctx, 'no target being picked');
  await ctx.answerCallbackQuery();
  const code = ctx.match[1] ?? '';
  const picked = flow.draft.picked.includes(code)
    ? flow.draft.picked.filter((c) => c !== code)
    : [...flow.draft.picked, code];
  const next = { ...flow, draft: { ...flow.draft, picked } };
  ctx.session.flow = next;
  await pickList(ctx, next, true);
});

chats.callbackQuery(bcTime.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  if (!flow) return refuseStale(ctx, 'no broadcast in progress');
  await ctx.answerCallbackQuery();
  await preview(ctx, {
    ...flow,
    draft: { ...flow.draft, notBefore: laterTime(ctx.match[1] ?? 'now', ctx.app.config.TZ) },
  });
});

chats.callbackQuery(bcSubmit.pattern, async (ctx) => {
  const flow = flowOf(ctx);
  const person = ctx.person;
  if (flow?.step !== 'preview' || !person || !isStaff(person))
    return staleOrRefused(ctx, 'no broadcast to submit');
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === 'cancel') {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t('cancel-done'), { reply_markup: mainMenuKeyboard(ctx.t) });
    return;
  }
  const target = targetOfDraft(flow.draft);
  const zh = flow.draft.texts['zh-CN'];
  if (!target || !zh || !flow.draft.kind) return;
  const direct = ctx.match[1] === 'direct';
  if (direct && !(person.role === 'admin' && flow.draft.kind === 'urgent'))
    return refuseCallback(ctx, 'direct send not allowed', { audit: true });
  const request = await createRequest(ctx.app.db, {
    kind: flow.draft.kind,
    texts: { ...flow.draft.texts, 'zh-CN': zh },
    photoFileId: flow.draft.photoFileId ?? null,
    target,
    notBefore: flow.draft.notBefore ? new Date(flow.draft.notBefore) : null,
    authorId: person.personId,
  });
  ctx.session.flow = undefined;
  await appendAudit(ctx.app.db, {
    actorId: person.personId,
    action: 'broadcast.request',
    subject: `broadcast:${request.id}`,
    detail: { kind: request.kind },
  });
  if (direct) {
    const decision = await decideBroadcast(
      {
        db: ctx.app.db,
        translate: ctx.app.translate,
        timeZone: ctx.app.config.TZ,
        adminPersons: await adminPersonsOf(ctx),
        channels: residentChannels(ctx.app.config),
      },
      request,
      person,
      true,
      { direct: true },
    );
    const count = decision.decided ? decision.recipients : 0;
    ctx.app.wakeDelivery?.();
    await ctx.reply(ctx.t('broadcast-sending', { id: String(request.id), count }), {
      reply_markup: mainMenuKeyboard(ctx.t),
    });
    return;
  }
  await ctx.reply(ctx.t('broadcast-submitted', { id: String(request.id) }), {
    reply_markup: mainMenuKeyboard(ctx.t),
  });
  const { notices } = await announcePendingRequests(
    ctx.app.db,
    await adminPersonsOf(ctx),
    new Date(),
  );
  if (notices.length) ctx.app.wakeNotices?.();
});

/** Texts and the photo, typed while the flow waits for them. */
chats.on('message', async (ctx, next) => {
  const flow = flowOf(ctx);
  if (!flow || (flow.step !== 'text' && flow.step !== 'photo')) return next();
  if (ctx.msg.text?.startsWith('/')) return next();
  if (flow.step === 'photo') {
    const photo = ctx.msg.photo?.at(-1)?.file_id;
    if (!photo) {
      await ctx.reply(ctx.t('broadcast-ask-photo'), {
        reply_markup: withCancel(
          ctx,
          new InlineKeyboard().text(ctx.t('report-button-skip'), bcSkipPhoto.data()),
        ),
      });
      return;
    }
    // With a photo the text becomes its caption, which Telegram limits to 1,024 characters.
    if (Object.values(flow.draft.texts).some((t) => (t?.length ?? 0) > MAX_CAPTION_TEXT)) {
      await ctx.reply(ctx.t('broadcast-photo-too-long'));
      return askTarget(ctx, flow);
    }
    return askTarget(ctx, { ...flow, draft: { ...flow.draft, photoFileId: photo } });
  }
  const text = ctx.msg.text ?? '';
  const problem = textProblem(text);
  if (problem) {
    await ctx.reply(ctx.t(`broadcast-text-${problem}`));
    return;
  }
  const texts = { ...flow.draft.texts, [flow.language]: text.trim() };
  ctx.session.flow = { ...flow, step: 'languages', draft: { ...flow.draft, texts } };
  const keyboard = new InlineKeyboard();
  if (!texts.mn) keyboard.text(ctx.t('broadcast-add-mn'), bcLanguage.data('mn'));
  if (!texts.en) keyboard.text(ctx.t('broadcast-add-en'), bcLanguage.data('en'));
  keyboard.row().text(ctx.t('broadcast-languages-done'), bcLanguage.data('done'));
  await ctx.reply(ctx.t('broadcast-ask-languages'), { reply_markup: withCancel(ctx, keyboard) });
});
