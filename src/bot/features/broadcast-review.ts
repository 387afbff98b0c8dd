/**
 * Reviewing broadcasts (警情审核发布) and their delivery reports. An admin or another officer of
 * the author's station approves or rejects; nobody approves their own; every decision is
 * audited with author and approver. /broadcast_status <id> shows the delivery figures, per channel.
 */

import { Composer } from 'grammy';
import { residentChannels } from '../../config.js';
import { type BroadcastRequest, mayApprove } from '../../domain/broadcasts/request.js';
import { isStaff } from '../../domain/people/roles.js';
import { appendAudit } from '../../store/audit.repository.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import { telegramChatOfPerson } from '../../store/people.repository.js';
import { getPerson, localeOfUser } from '../../store/users.repository.js';
import { stationOfPerson } from '../../workflows/broadcasts/announce-requests.js';
import { decideBroadcast } from '../../workflows/broadcasts/decide-request.js';
import { deliveryState, requestChannelReport } from '../../workflows/broadcasts/delivery-state.js';
import { adminPersonsOf } from '../admin-persons.js';
import { reviewAction } from '../broadcasts/reviewers.js';
import type { BotContext } from '../context.js';
import { localTime } from '../format-time.js';
import { actorOf } from '../person-id.js';
import { refuseCallback, refuseCommand } from '../refuse.js';

export { requestReport } from '../../workflows/broadcasts/delivery-state.js';

/** The state in the officer's words: 已送达 after delivery, when it goes while it waits. */
export async function stateLabel(ctx: BotContext, request: BroadcastRequest): Promise<string> {
  const state = await deliveryState(ctx.app.db, request);
  const time = 'at' in state ? localTime(state.at, ctx.app.config.TZ) : '';
  return ctx.t(`broadcast-state-${state.state}`, { time });
}

export const broadcastReview = new Composer<BotContext>();
const chats = broadcastReview.chatType('private');

chats.callbackQuery(reviewAction.pattern, async (ctx) => {
  const request = await getRequest(ctx.app.db, Number(ctx.match[1]));
  const person = ctx.person;
  if (!request || !person) return refuseCallback(ctx, 'unknown broadcast');
  const author = await getPerson(ctx.app.db, request.authorId);
  const allowed = mayApprove(
    person,
    await stationOfPerson(ctx.app.db, person),
    request.authorId,
    await stationOfPerson(ctx.app.db, author),
  );
  if (!allowed) {
    const own = person.personId === request.authorId;
    return refuseCallback(ctx, own ? 'own broadcast' : 'not a reviewer', {
      audit: true,
      // An officer of another station is told it is outside their area, not that they are no officer.
      key: own ? 'broadcast-own' : isStaff(person) ? 'out-of-scope' : 'staff-only',
    });
  }
  const approve = ctx.match[2] === 'approve';
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
    approve,
  );
  if (!decision.decided) {
    await ctx.answerCallbackQuery({ text: ctx.t('broadcast-already-decided'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const count = decision.recipients;
  if (approve) ctx.app.wakeDelivery?.();
  // Quiet hours hold non-urgent messages back: both sides are told so, and until when.
  const quiet = approve && decision.held > 0 && decision.heldUntil !== null;
  const vars = {
    id: String(request.id),
    count,
    held: decision.held,
    now: count - decision.held,
    time: decision.heldUntil ? localTime(decision.heldUntil, ctx.app.config.TZ) : '',
    approver: person.firstName || String(ctx.from.id),
  };
  const suffix = quiet ? '-quiet' : '';
  await ctx.editMessageText(
    ctx.t(approve ? `broadcast-approved-by-you${suffix}` : 'broadcast-rejected-by-you', vars),
  );
  // The author is a person: they hear at their Telegram chat.
  const authorChat = await telegramChatOfPerson(ctx.app.db, request.authorId);
  if (authorChat === null) return;
  const authorLocale = await localeOfUser(ctx.app.db, authorChat);
  await ctx.api
    .sendMessage(
      authorChat,
      ctx.app.translate(
        authorLocale,
        approve ? `broadcast-approved${suffix}` : 'broadcast-rejected',
        vars,
      ),
    )
    .catch(() => {});
});

chats.command('broadcast_status', async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'broadcast_status');
  const idText = ctx.match.trim().replace(/^#/, '');
  if (!/^\d{1,12}$/.test(idText)) {
    await ctx.reply(ctx.t('broadcast-status-usage'));
    return;
  }
  const request = await getRequest(ctx.app.db, Number(idText));
  if (!request) {
    await ctx.reply(ctx.t('broadcast-status-unknown', { id: idText }));
    return;
  }
  // Like every officer command: an officer sees broadcasts of their own station only.
  if (ctx.person?.role !== 'admin' && request.authorId !== ctx.person?.personId) {
    const mine = await stationOfPerson(ctx.app.db, ctx.person);
    const theirs = await stationOfPerson(ctx.app.db, await getPerson(ctx.app.db, request.authorId));
    if (mine === null || mine !== theirs) {
      await appendAudit(ctx.app.db, {
        actorId: await actorOf(ctx),
        action: 'refused',
        subject: `broadcast:${request.id}`,
        detail: { reason: 'out of scope', command: 'broadcast_status' },
      });
      await ctx.reply(ctx.t('broadcast-status-usage'));
      return;
    }
  }
  const r = await requestChannelReport(ctx.app.db, request);
  await ctx.reply(
    [
      ctx.t('broadcast-status', {
        id: String(request.id),
        status: await stateLabel(ctx, request),
        total: r.total,
        sent: r.sent,
        blocked: r.blocked,
        failed: r.failed,
        pending: r.pending,
        seconds: Math.round(r.durationMs / 1000),
      }),
      ...r.channels.map((c) => ctx.t('broadcast-channel-line', { ...c })),
    ].join('\n'),
  );
});
