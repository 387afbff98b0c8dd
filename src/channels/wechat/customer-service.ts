/**
 * Sends customer-service messages (`message/custom/send`) to residents and handles WeChat's
 * answers: outside the 48-hour window (45047 "too many / out of the window", 45015 "reply time
 * out of limit") the message is held and goes out with the resident's next message; 43004 (the
 * resident no longer follows the account) marks them inactive; anything else is logged without
 * the content. https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage
 */
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import {
  holdWechatMessage,
  saveWechatResident,
  takeHeldWechatMessages,
} from '../../store/wechat.repository.js';
import { type WechatApi, WechatApiError } from './api-client.js';
import { type CustomSendBody, customSendBodies, type OutgoingMessage } from './outgoing.js';
import type { TokenBucket } from './token-bucket.js';

/** Out of the customer-service window, or over its message quota: keep it for later. */
const HOLD_ERRORS: ReadonlySet<number> = new Set([45047, 45015]);
const UNFOLLOWED = 43004;

export type SendOutcome = 'sent' | 'held' | 'inactive' | 'failed';

export interface CustomerServiceDeps {
  api: WechatApi;
  db: Db;
  logger: Logger;
  bucket: TokenBucket;
  now?: () => Date;
}

export interface CustomerService {
  /** Sends messages in order; after a hold, the rest are held too, so the order is kept. */
  send(openid: string, messages: OutgoingMessage[]): Promise<SendOutcome>;
  /** Sends what was held for the resident, now that they wrote again. */
  sendHeld(openid: string): Promise<SendOutcome>;
}

export function createCustomerService(deps: CustomerServiceDeps): CustomerService {
  const now = deps.now ?? (() => new Date());

  async function sendBodies(openid: string, bodies: CustomSendBody[] | object[]) {
    for (const [index, body] of bodies.entries()) {
      await deps.bucket.take();
      try {
        await deps.api.post('/cgi-bin/message/custom/send', body);
      } catch (error) {
        if (!(error instanceof WechatApiError)) throw error;
        if (HOLD_ERRORS.has(error.errcode)) {
          for (const rest of bodies.slice(index))
            await holdWechatMessage(deps.db, openid, rest, now());
          deps.logger.info('wechat: resident outside the customer-service window, message held', {
            errcode: error.errcode,
            held: bodies.length - index,
          });
          return 'held' as const;
        }
        if (error.errcode === UNFOLLOWED) {
          await saveWechatResident(deps.db, openid, { subscribed: false });
          return 'inactive' as const;
        }
        // The content is never logged: it may be what the resident wrote.
        deps.logger.warn('wechat: customer-service message failed', {
          errcode: error.errcode,
          errmsg: error.errmsg,
        });
        return 'failed' as const;
      }
    }
    return 'sent' as const;
  }

  return {
    send: (openid, messages) =>
      sendBodies(
        openid,
        messages.flatMap((m) => customSendBodies(openid, m)),
      ),
    async sendHeld(openid) {
      const held = await takeHeldWechatMessages(deps.db, openid);
      return held.length ? sendBodies(openid, held) : 'sent';
    },
  };
}
