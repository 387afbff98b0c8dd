/**
 * Telling reviewers about a broadcast request waiting for them: the admins and the other officers
 * of the author's station. The request is claimed and a review notice queued for each reviewer in
 * one transaction, so a crash or a failed send never leaves a request marked announced that no
 * reviewer heard of (the notice loop retries each notice), and a request is announced once across
 * the submitting officer's update, the minute job and every replica.
 */
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Person } from '../../domain/people/roles.js';
import { claimUnannounced } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { addressOn } from '../../store/people.repository.js';
import { getTownship } from '../../store/places.repository.js';
import { getPerson, listOfficers } from '../../store/users.repository.js';

/** The station a person works for: their own, or their township's. */
export async function stationOfPerson(db: Db, person: Person | null): Promise<string | null> {
  if (!person?.scope) return null;
  if (person.scope.kind === 'station') return person.scope.code;
  return (await getTownship(db, person.scope.code))?.stationCode ?? null;
}

/** The admins and the officers of the author's station, never the author: their persons. */
export async function reviewersOf(
  db: Db,
  request: Pick<BroadcastRequest, 'authorId'>,
  adminPersons: ReadonlySet<number>,
): Promise<number[]> {
  const authorStation = await stationOfPerson(db, await getPerson(db, request.authorId));
  const reviewers = new Set<number>(adminPersons);
  if (authorStation !== null)
    for (const officer of await listOfficers(db))
      if ((await stationOfPerson(db, officer)) === authorStation) reviewers.add(officer.personId);
  reviewers.delete(request.authorId);
  return [...reviewers];
}

/** Claims every request not announced yet and queues its review notices. */
export async function announcePendingRequests(
  db: Db,
  adminPersons: ReadonlySet<number>,
  now: Date,
): Promise<{ requests: BroadcastRequest[]; notices: NewNotice[] }> {
  return inTransaction(db, async (trx) => {
    const requests = await claimUnannounced(trx);
    const notices: NewNotice[] = [];
    for (const request of requests)
      for (const reviewer of await reviewersOf(trx, request, adminPersons)) {
        // Reviews are answered with Telegram's buttons: a reviewer not on Telegram cannot act.
        const to = await addressOn(trx, reviewer, 'telegram');
        if (!to) continue;
        notices.push({
          idempotencyKey: `review:${request.id}:${to.address}`,
          channel: to.channel,
          recipient: to.address,
          kind: 'review-request',
          payload: { requestId: request.id },
          // An urgent warning waits for its reviewer: nothing reaches villagers before that.
          priority: request.kind === 'urgent' ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.normal,
        });
      }
    await enqueueNotices(trx, notices, now);
    return { requests, notices };
  });
}
