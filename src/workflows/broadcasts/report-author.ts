/**
 * The report a broadcast's author gets once delivery is over on every channel: Telegram's
 * broadcasts and the web, WeChat and SMS `broadcast` notices. Both outboxes call it when they
 * finish something of a request; only the call that finds nothing left pending anywhere queues
 * the report. One report, with every channel's figures, rather than a Telegram report now and a
 * second one when the slower channels are done: the author reads one message, and it is final.
 *
 * The report is a notice, queued in the transaction that marks the request reported, so a crash
 * or a failed send loses it no more than any other notice: the notice loop retries it.
 */
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { getRequest, markReported } from '../../store/broadcast-requests.repository.js';
import { broadcastNoticesPending } from '../../store/channel-audience.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { addressOn } from '../../store/people.repository.js';
import { requestChannelReport } from './delivery-state.js';

/** Asks for the author's report of a request; the app binds `reportAuthor` to its store. */
export type ReportAuthor = (requestId: number) => Promise<void>;

/** Queues the author's report of a request if every channel is done and nobody queued it yet. */
export async function reportAuthor(
  db: Db,
  requestId: number,
  now: Date,
): Promise<{ notices: NewNotice[] }> {
  // Most calls come while notices are still going out: answer those from pending rows alone.
  if (await broadcastNoticesPending(db, requestId)) return { notices: [] };
  const request = await getRequest(db, requestId);
  if (request?.status !== 'approved') return { notices: [] };
  const report = await requestChannelReport(db, request);
  if (report.pending > 0) return { notices: [] };
  // The author wrote the request on Telegram (or the command line, as a Telegram user).
  const to = await addressOn(db, request.authorId, 'telegram');
  if (!to) return { notices: [] };
  const notice: NewNotice = {
    idempotencyKey: `author-report:${request.id}`,
    channel: to.channel,
    recipient: to.address,
    kind: 'message',
    payload: {
      key: 'broadcast-finished',
      vars: {
        id: String(request.id),
        sent: report.sent,
        blocked: report.blocked,
        failed: report.failed,
        seconds: Math.round(report.durationMs / 1000),
      },
      lines: report.channels.map((c) => ({ key: 'broadcast-channel-line', vars: { ...c } })),
    },
    priority: NOTICE_PRIORITY.normal,
  };
  return inTransaction(db, async (trx) => {
    // Only one caller, across both loops and every replica, marks it and queues the report.
    if (!(await markReported(trx, request.id))) return { notices: [] };
    await enqueueNotices(trx, [notice], now);
    return { notices: [notice] };
  });
}
