/**
 * 消息提醒 on the web: the page asks for the server's public key (and whether it offers Web Push
 * at all), then sends the subscription its browser made, or asks to forget it. Subscribing and
 * forgetting are POSTs (CSRF and limits apply); a subscription on an unknown push service or
 * with malformed keys is a 400 that stores nothing.
 */
import type { ServerResponse } from 'node:http';
import type { Db } from '../../store/database.js';
import {
  hasPushSubscription,
  removePushSubscription,
  savePushSubscription,
} from '../../store/web-push.repository.js';
import { field, sendJson, WebError } from './http-kit.js';
import { parsePushSubscription } from './push-endpoint.js';
import type { WebPush } from './web-push.js';

export interface PushCall {
  res: ServerResponse;
  deviceId: string;
}

export function createPushApi(db: Db, push: WebPush | undefined) {
  return {
    async key(call: PushCall) {
      sendJson(call.res, 200, {
        available: !!push,
        publicKey: push?.publicKey ?? null,
        subscribed: push ? await hasPushSubscription(db, call.deviceId) : false,
      });
    },
    async subscribe(call: PushCall, body: Record<string, unknown>) {
      if (!push) throw new WebError(404, 'not_found', 'web-error');
      const sub = parsePushSubscription(body.subscription, push.extraHosts);
      if (!sub) throw new WebError(400, 'bad_subscription', 'web-error');
      await savePushSubscription(db, call.deviceId, sub);
      sendJson(call.res, 200, { subscribed: true });
    },
    async unsubscribe(call: PushCall, body: Record<string, unknown>) {
      const endpoint = field(body, 'endpoint');
      if (endpoint) await removePushSubscription(db, endpoint, call.deviceId);
      sendJson(call.res, 200, { subscribed: await hasPushSubscription(db, call.deviceId) });
    },
  };
}
