/**
 * A review decision on a broadcast request, all in one transaction: the decision, its audit row,
 * and (when approved) every broadcast and outbox row. A crash at any point leaves the request
 * either undecided, so a reviewer can decide again, or approved with its complete outbox; never
 * approved with nothing to send.
 */
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import { effectivePerson, type Person } from '../../domain/people/roles.js';
import type { Translate } from '../../i18n/translate.js';
import { appendAudit } from '../../store/audit.repository.js';
import { decideRequest } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { getPerson } from '../../store/users.repository.js';
import { type Publication, publishRequest } from './publish-request.js';

export interface DecideDeps {
  db: Db;
  translate: Translate;
  timeZone: string;
  /** The persons configuration names admins (the channel resolves its configured ids). */
  adminPersons: ReadonlySet<number>;
  /** The resident channels besides Telegram delivered here (`residentChannels`); absent: all. */
  channels?: ReadonlySet<string>;
}

export type Decision =
  | { decided: false }
  | ({ decided: true; recipients: number } & Omit<Publication, 'total'>);

/**
 * Approves or rejects a pending request for `reviewer` (their effective person). The author's rights are read again now,
 * inside the transaction, so the audience can only shrink since the reviewer saw it. `direct`
 * marks an admin's urgent warning sent without review.
 */
export function decideBroadcast(
  deps: DecideDeps,
  request: BroadcastRequest,
  reviewer: Person,
  approve: boolean,
  options: { direct?: boolean; via?: string } = {},
): Promise<Decision> {
  return deps.db.transaction().execute(async (trx) => {
    const status = approve ? 'approved' : 'rejected';
    if (!(await decideRequest(trx, request.id, status, reviewer.personId, options.direct)))
      return { decided: false };
    let published: Publication = { total: 0, held: 0, heldUntil: null };
    if (approve) {
      const author = effectivePerson(
        request.authorId,
        await getPerson(trx, request.authorId),
        deps.adminPersons.has(request.authorId),
      );
      published = await publishRequest(
        {
          db: trx,
          translate: deps.translate,
          timeZone: deps.timeZone,
          ...(deps.channels ? { channels: deps.channels } : {}),
        },
        request,
        author,
      );
    }
    await appendAudit(trx, {
      actorId: reviewer.personId,
      action: options.direct
        ? 'broadcast.direct'
        : approve
          ? 'broadcast.approve'
          : 'broadcast.reject',
      subject: `broadcast:${request.id}`,
      detail: {
        author: request.authorId,
        approver: reviewer.personId,
        recipients: published.total,
        ...(options.via ? { via: options.via } : {}),
      },
    });
    return {
      decided: true,
      recipients: published.total,
      held: published.held,
      heldUntil: published.heldUntil,
    };
  });
}
