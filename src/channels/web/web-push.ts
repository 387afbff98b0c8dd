/**
 * Web Push for web chat residents who allowed it: when a message lands in a device's inbox, a
 * `webpush` notice is enqueued in the same transaction, and its deliverer nudges the device's
 * browsers through their push services (RFC 8030, payload encrypted per RFC 8291, signed with
 * the server's VAPID key per RFC 8292; all done by the `web-push` library, the reference
 * implementation of the Web Push protocol for Node).
 *
 * The nudge says only that there is a message (an urgent warning, or news) and opens the chat:
 * a lock screen is no place for a report's details, and the message itself waits in the inbox.
 * A page that is open here gets the message live and no nudge. An endpoint the push service
 * says is gone (404, 410) is removed.
 */
import webpush from 'web-push';
import { DEFAULT_LOCALE, isLocale } from '../../domain/locale.js';
import { type MessagePayload, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Logger } from '../../logger.js';
import type { Deliverer } from '../../notices/deliverer.js';
import type { Db } from '../../store/database.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import {
  hasPushSubscription,
  type PushSubscription,
  pushSubscriptionsOf,
  removePushSubscription,
  vapidKeys,
} from '../../store/web-push.repository.js';
import { getWebResident } from '../../store/web-residents.repository.js';
import type { LiveEvents } from './live-events.js';
import type { WebTranslate } from './web-translate.js';

export interface WebPushOptions {
  /** Sent to the push services with every push (VAPID `sub`): mailto: or https:. */
  contact: string;
  /** Push service hosts allowed besides the browsers' own (see push-endpoint.ts). */
  extraHosts: readonly string[];
  /** How long a push service keeps a nudge for a phone that is off; default a day. */
  ttlSeconds?: number;
  /** Time limit of one call to a push service. */
  timeoutMs?: number;
}

export interface WebPush {
  publicKey: string;
  extraHosts: readonly string[];
  /** Inside the transaction that stores inbox message `messageId`: nudge the device later. */
  nudge(trx: Db, deviceId: string, messageId: number, urgent: boolean, now?: Date): Promise<void>;
  deliverer(live: Pick<LiveEvents, 'streams'>): Deliverer;
}

export const PUSH_KEYS = { urgent: 'web-push-urgent', message: 'web-push-message' } as const;

/** What a push service's answer means for the subscription. */
function outcomeOf(error: unknown): 'gone' | 'retry' | 'refused' {
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 404 || status === 410) return 'gone';
  if (status === undefined || status === 429 || status >= 500) return 'retry';
  return 'refused';
}

export async function createWebPush(
  db: Db,
  t: WebTranslate,
  logger: Logger,
  options: WebPushOptions,
): Promise<WebPush> {
  const keys = await vapidKeys(db, () => webpush.generateVAPIDKeys());
  const vapidDetails = { subject: options.contact, ...keys };

  async function pushTo(sub: PushSubscription, payload: string, urgent: boolean) {
    try {
      await webpush.sendNotification(sub, payload, {
        vapidDetails,
        TTL: options.ttlSeconds ?? 86_400,
        urgency: urgent ? 'high' : 'normal',
        timeout: options.timeoutMs ?? 10_000,
        // One nudge per device on the push service too: a newer one replaces an unread one.
        topic: 'cunjing',
      });
      return 'sent' as const;
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome === 'gone') await removePushSubscription(db, sub.endpoint);
      if (outcome === 'refused')
        logger.warn('web push refused', {
          status: (error as { statusCode?: number }).statusCode,
          host: new URL(sub.endpoint).hostname,
        });
      return outcome;
    }
  }

  return {
    publicKey: keys.publicKey,
    extraHosts: options.extraHosts,
    async nudge(trx, deviceId, messageId, urgent, now = new Date()) {
      if (!(await hasPushSubscription(trx, deviceId))) return;
      const payload: MessagePayload = { key: urgent ? PUSH_KEYS.urgent : PUSH_KEYS.message };
      await enqueueNotices(
        trx,
        [
          {
            idempotencyKey: `webpush:${deviceId}:${messageId}`,
            channel: 'webpush',
            recipient: deviceId,
            kind: 'message',
            payload,
            priority: urgent ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.normal,
          },
        ],
        now,
      );
    },
    deliverer(live) {
      return async (notice) => {
        // The page is open here: the message has already reached it live.
        if (live.streams(notice.recipient) > 0) return { ok: true };
        const resident = await getWebResident(db, notice.recipient);
        const subs = resident ? await pushSubscriptionsOf(db, notice.recipient) : [];
        if (!resident || subs.length === 0) return { ok: true };
        const locale = isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
        const { key } = notice.payload as MessagePayload;
        const urgent = key === PUSH_KEYS.urgent;
        const payload = JSON.stringify({
          title: t(locale, 'web-push-title'),
          body: t(locale, key),
          url: '/web/',
        });
        const outcomes = await Promise.all(subs.map((s) => pushTo(s, payload, urgent)));
        // A retry nudges again even where it got through: the same topic replaces it there.
        if (outcomes.includes('retry'))
          return { ok: false, kind: 'transient', description: 'push service unavailable' };
        return { ok: true };
      };
    },
  };
}
