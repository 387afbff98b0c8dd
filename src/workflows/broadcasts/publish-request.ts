/**
 * Publishing an approved request: the audience in the target (filtered by subscription), grouped
 * by language and, except for urgent warnings, by the end of each person's quiet hours; one
 * approved broadcast per group goes to the outbox for the delivery engine.
 */
import { BROADCAST_PRIORITY } from '../../broadcast/broadcast.js';
import { quietHoursEnd } from '../../domain/awareness/subscription.js';
import { type BroadcastRequest, isUrgent, topicOf } from '../../domain/broadcasts/request.js';
import { isLocale, type Locale } from '../../domain/locale.js';
import type { Person } from '../../domain/people/roles.js';
import type { Translate } from '../../i18n/translate.js';
import { recordPublication } from '../../store/broadcast-requests.repository.js';
import { createBroadcast } from '../../store/broadcasts.repository.js';
import type { Db } from '../../store/database.js';
import {
  audienceSegments,
  countAudience,
  enqueueSegment,
  type Target,
} from '../../store/subscriptions.repository.js';
import { describeBroadcast } from './describe-broadcast.js';
import { publishToOtherChannels } from './publish-channels.js';

/** Picks nobody: what an author without rights reaches. */
const NOBODY: Target = { townships: [], villages: [] };

/**
 * The target as an audience query, limited to the author's scope as it is now. Fails closed: an
 * author who is neither an admin nor an officer with a scope (revoked since writing the request,
 * say) reaches nobody, never the whole county.
 */
export function targetOf(request: Pick<BroadcastRequest, 'target'>, author: Person | null): Target {
  let scope: Target;
  if (author?.role === 'admin') scope = {};
  else if (author?.role === 'officer' && author.scope)
    scope =
      author.scope.kind === 'station'
        ? { stationCode: author.scope.code }
        : { townshipCode: author.scope.code };
  else return NOBODY;
  const t = request.target;
  if ('all' in t) return { ...scope, all: true };
  if ('townships' in t) return { ...scope, townships: t.townships };
  return { ...scope, villages: t.villages };
}

/** How many residents the request would reach, counted by the database. */
export function recipientsOf(
  db: Db,
  request: Pick<BroadcastRequest, 'kind' | 'target'>,
  author: Person | null,
): Promise<number> {
  return countAudience(db, topicOf(request.kind), targetOf(request, author));
}

/** How many an approval reaches, and how many of them quiet hours hold back, until when. */
export interface Publication {
  total: number;
  /** Recipients whose copy waits for the end of their quiet hours (never urgent warnings). */
  held: number;
  /** When the first of the held copies goes; null when none is held. */
  heldUntil: Date | null;
}

export async function publishRequest(
  deps: { db: Db; translate: Translate; timeZone: string; channels?: ReadonlySet<string> },
  request: BroadcastRequest,
  author: Person | null,
  now = new Date(),
): Promise<Publication> {
  const topic = topicOf(request.kind);
  const target = targetOf(request, author);
  const segments = await audienceSegments(deps.db, topic, target);
  const start = request.notBefore ? new Date(request.notBefore) : now;
  const priority = isUrgent(request.kind) ? BROADCAST_PRIORITY.urgent : BROADCAST_PRIORITY.warning;
  // One broadcast per language and delivery time; each segment is enqueued inside the database.
  const broadcasts = new Map<string, number>();
  let total = 0;
  let held = 0;
  let heldUntil: Date | null = null;
  for (const segment of segments) {
    const locale: Locale = isLocale(segment.language) ? segment.language : 'zh-CN';
    const deliverAt = isUrgent(request.kind) ? start : quietHoursEnd(segment, start, deps.timeZone);
    const key = `${locale}|${deliverAt.getTime()}`;
    if (deliverAt > start && deliverAt > now) {
      held += segment.count;
      if (!heldUntil || deliverAt < heldUntil) heldUntil = deliverAt;
    }
    let id = broadcasts.get(key);
    if (id === undefined) {
      id = await createBroadcast(deps.db, {
        kind: request.kind,
        // Described, not rendered: the Telegram sender draws it (src/bot/broadcasts/outbox-html.ts).
        description: { locale, message: describeBroadcast(request, locale) },
        photoFileId: request.photoFileId,
        priority,
        authorId: request.authorId,
        notBefore: deliverAt > now ? deliverAt : null,
        status: 'approved',
      });
      broadcasts.set(key, id);
    }
    await enqueueSegment(deps.db, id, priority, topic, target, segment);
    total += segment.count;
  }
  // Web chat devices and WeChat followers in the same villages, through the notices outbox.
  const others = await publishToOtherChannels(deps.db, request, target, {
    start,
    now,
    timeZone: deps.timeZone,
    channels: deps.channels,
  });
  total += others.total;
  held += others.held;
  if (others.heldUntil && (!heldUntil || others.heldUntil < heldUntil))
    heldUntil = others.heldUntil;
  const ids = [...broadcasts.values()];
  await recordPublication(deps.db, request.id, ids, total);
  return { total, held, heldUntil };
}
