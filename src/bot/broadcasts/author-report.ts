/**
 * The report a broadcast's author gets once delivery is over on every channel: Telegram's
 * broadcasts and the web, WeChat (and any later channel's) `broadcast` notices. Both outboxes
 * call it when they finish something of a request; only the call that finds nothing left
 * pending anywhere sends, and `markReported` makes that exactly once across both loops and all
 * replicas. One report, with every channel's figures, rather than a Telegram report now and a
 * second one when the slower channels are done: the author reads one message, and it is final.
 */
import type { Logger } from '../../logger.js';
import { getRequest, markReported } from '../../store/broadcast-requests.repository.js';
import { broadcastNoticesPending } from '../../store/channel-audience.repository.js';
import type { Db } from '../../store/database.js';
import { localeOfUser } from '../../store/users.repository.js';
import type { Translate } from '../i18n.js';
import type { TelegramApi } from '../telegram-api.js';
import { requestChannelReport } from './delivery-state.js';

export interface AuthorReportDeps {
  db: Db;
  /** Bound after the bot exists: the report goes through the bot's API. */
  api: () => TelegramApi;
  translate: () => Translate;
  logger: Pick<Logger, 'warn'>;
}

/** Sends the author's report of a request if every channel is done and nobody sent it yet. */
export type ReportAuthor = (requestId: number) => Promise<void>;

export function createAuthorReport(deps: AuthorReportDeps): ReportAuthor {
  return async (requestId) => {
    // Most calls come while notices are still going out: answer those from pending rows alone.
    if (await broadcastNoticesPending(deps.db, requestId)) return;
    const request = await getRequest(deps.db, requestId);
    if (request?.status !== 'approved') return;
    const report = await requestChannelReport(deps.db, request);
    if (report.pending > 0 || !(await markReported(deps.db, request.id))) return;
    const t = deps.translate();
    const locale = await localeOfUser(deps.db, request.authorId);
    const text = [
      t(locale, 'broadcast-finished', {
        id: String(request.id),
        sent: report.sent,
        blocked: report.blocked,
        failed: report.failed,
        seconds: Math.round(report.durationMs / 1000),
      }),
      ...report.channels.map((c) => t(locale, 'broadcast-channel-line', { ...c })),
    ].join('\n');
    await deps
      .api()
      .sendMessage(request.authorId, text)
      .catch((error) => deps.logger.warn('author report failed', { error }));
  };
}
