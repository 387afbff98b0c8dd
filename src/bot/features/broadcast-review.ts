/**
 * Reviewing broadcasts (警情审核发布) and their delivery reports. An admin or another officer of
 * the author's station approves or rejects; nobody approves their own; every decision is
 * audited with author and approver. /broadcast_status <id> shows the delivery figures.
 */
import { Composer } from 'grammy';
import { mayApprove } from '../../domain/broadcasts/request.js';
import { isStaff } from '../../domain/people/roles.js';
import { appendAudit } from '../../store/audit.repository.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import { deliveryReport } from '../../store/broadcasts.repository.js';
import type { Db } from '../../store/database.js';
import { getUser } from '../../store/users.repository.js';
import { decideBroadcast } from '../broadcasts/decide.js';
import { reviewAction, stationOfPerson } from '../broadcasts/reviewers.js';
import type { BotContext } from '../context.js';
import { refuseCallback, refuseCommand } from './refuse.js';

/** Delivery figures of a request, summed over its broadcasts (one per language group). */
export async function requestReport(db: Db, broadcastIds: number[]) {
  const sum = { total: 0, pending: 0, sent: 0, blocked: 0, failed: 0, durationMs: 0 };
  for (const id of broadcastIds) {
    const r = await deliveryReport(db, id);
    sum.total += r.total;
    sum.pending += r.pending;
    sum.sent += r.sent;
    sum.blocked += r.blocked;
    sum.failed += r.failed;
    sum.durationMs = Math.max(sum.durationMs, r.durationMs ?? 0);
  }
  return sum;
}

export const broadcastReview = new Composer<BotContext>();
const chats = broadcastReview.chatType('private');

chats.callbackQuery(reviewAction.pattern, async (ctx) => {
  const request = await getRequest(ctx.app.db, Number(ctx.match[1]));
  const person = ctx.person;
  if (!request || !person) return refuseCallback(ctx, 'unknown broadcast');
  const author = await getUser(ctx.app.db, request.authorId);
  const allowed = mayApprove(
    person,
    await stationOfPerson(ctx.app.db, person),
    request.authorId,
    await stationOfPerson(ctx.app.db, author),
  );
  if (!allowed) {
    const own = person.telegramId === request.authorId;
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
      adminIds: ctx.app.adminIds,
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
  await ctx.editMessageText(
    ctx.t(approve ? 'broadcast-approved-by-you' : 'broadcast-rejected-by-you', {
      id: String(request.id),
      count,
    }),
  );
  await ctx.api
    .sendMessage(
      request.authorId,
      ctx.t(approve ? 'broadcast-approved' : 'broadcast-rejected', {
        id: String(request.id),
        count,
        approver: person.firstName || String(person.telegramId),
      }),
    )
    .catch(() => {});
});

chats.command('broadcast_status', async (ctx) => {
  if (!isStaff(ctx.person)) return refuseCommand(ctx, 'broadcast_status');
  const request = await getRequest(ctx.app.db, Number(ctx.match.trim()));
  if (!request) {
    await ctx.reply(ctx.t('broadcast-status-usage'));
    return;
  }
  // Like every officer command: an officer sees broadcasts of their own station only.
  if (ctx.person?.role !== 'admin' && request.authorId !== ctx.person?.telegramId) {
    const mine = await stationOfPerson(ctx.app.db, ctx.person);
    const theirs = await stationOfPerson(ctx.app.db, await getUser(ctx.app.db, request.authorId));
    if (mine === null || mine !== theirs) {
      await appendAudit(ctx.app.db, {
        actorId: ctx.from.id,
        action: 'refused',
        subject: `broadcast:${request.id}`,
        detail: { reason: 'out of scope', command: 'broadcast_status' },
      });
      await ctx.reply(ctx.t('broadcast-status-usage'));
      return;
    }
  }
  const r = await requestReport(ctx.app.db, request.broadcastIds);
  await ctx.reply(
    ctx.t('broadcast-status', {
      id: String(request.id),
      status: ctx.t(`broadcast-state-${request.status}`),
      total: r.total,
      sent: r.sent,
      blocked: r.blocked,
      failed: r.failed,
      pending: r.pending,
      seconds: Math.round(r.durationMs / 1000),
    }),
  );
});
