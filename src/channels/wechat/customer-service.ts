/**
 * Sends customer-service messages (`message/custom/send`) to residents and handles WeChat's
 * answers: outside the 48-hour window (45047 "too many / out of the window", 45015 "reply time
 * out of limit") the message is held and goes out with the resident's next message; 43004 (the
 * resident no longer follows the account) marks them inactive; anything else is logged without
 * the content. https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage
 *
 * Every menu message that goes out is remembered as the follower's current choices (see
 * typed-choice.ts), so a typed number acts like a tap. Where WeChat refuses menu messages for the
 * account (48001 "api unauthorized", 40008 "invalid message type"), the menu goes as numbered
 * text instead, with a line saying what to type.
 *
 * A picture (`photo_key`) is sent by its media id, uploaded once and cached (media-upload.ts);
 * when WeChat has forgotten the id (40007) it is uploaded again and sent once more. A picture
 * that cannot be had or uploaded is left out with a log line, and the words still go.
 *
 * Every call to `message/custom/send` takes its turn from the account's send window
 * (send-window.ts). When WeChat still says "too many" (45009 quota, 45011 frequency), the window
 * backs off and nothing is lost: a message none of whose parts went is `throttled`, for the
 * caller to send again later (the notice loop's `wait`); a later part waits its turn and is tried
 * again, since its first parts already went. https://developers.weixin.qq.com/doc/service/guide/dev/api/
 * (全局返回码: 45009 接口调用超过限额, 45011 API 调用太频繁，请稍候再试)
 */

import { isLocale } from '../../domain/locale.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import {
  getWechatResident,
  holdWechatMessage,
  saveWechatResident,
  takeHeldWechatMessages,
} from '../../store/wechat.repository.js';
import { saveOfferedChoices } from '../../store/wechat-choices.repository.js';
import { type WechatApi, WechatApiError } from './api-client.js';
import type { MediaUploader } from './media-upload.js';
import {
  type CustomSendBody,
  customSendBodies,
  type MenuItem,
  menuAsText,
  type OutgoingMessage,
} from './outgoing.js';
import type { SendWindow } from './send-window.js';
import type { PlainTranslate } from './texts.js';

/** Out of the customer-service window, or over its message quota: keep it for later. */
const HOLD_ERRORS: ReadonlySet<number> = new Set([45047, 45015]);
const UNFOLLOWED = 43004;
/** The account may not send menu messages: they go as numbered text. */
const MENU_REFUSED: ReadonlySet<number> = new Set([48001, 40008]);
/** The media id is unknown to WeChat (expired or never uploaded). */
const MEDIA_EXPIRED = 40007;
/** The account's API quota or frequency is used up for now: slow down and try again. */
export const RATE_LIMITED: ReadonlySet<number> = new Set([45009, 45011]);
/** How long every send stops after a 45009/45011, and how long a throttled notice waits. */
export const RATE_LIMIT_BACKOFF_MS = 1000;
/** A later part of a message is tried this many times more before the rest is held. */
const PART_RETRIES = 5;

const isRateLimited = (error: unknown): boolean =>
  error instanceof WechatApiError && RATE_LIMITED.has(error.errcode);

type MenuBody = { msgmenu: { head_content: string; list: MenuItem[]; tail_content: string } };

function menuOf(body: object): MenuBody['msgmenu'] | null {
  const b = body as Partial<MenuBody> & { msgtype?: unknown };
  return b.msgtype === 'msgmenu' && b.msgmenu && Array.isArray(b.msgmenu.list) ? b.msgmenu : null;
}

/**
 * `throttled`: WeChat's rate limit refused the first part, so nothing went and nothing was held;
 * send the whole again after `RATE_LIMIT_BACKOFF_MS`.
 */
export type SendOutcome = 'sent' | 'held' | 'inactive' | 'failed' | 'throttled';

export interface CustomerServiceDeps {
  api: WechatApi;
  db: Db;
  logger: Logger;
  /** The account's pace for customer-service sends, shared by every caller. */
  pacer: SendWindow;
  /** Uploads pictures; without it a picture is left out (logged) and the words still go. */
  media?: MediaUploader;
  /** For the "type a number" line of a menu sent as text; without it the line is left out. */
  t?: PlainTranslate;
  now?: () => Date;
}

export interface CustomerService {
  /**
   * Sends messages in order; after a hold, the rest are held too, so the order is kept. A
   * failure after the first part holds the rest as well (`held`): 'failed' means nothing went,
   * so whoever retries never sends a part twice.
   */
  send(openid: string, messages: OutgoingMessage[]): Promise<SendOutcome>;
  /** Keeps messages for the resident's next message, unsent (a reply the rate limit refused). */
  hold(openid: string, messages: OutgoingMessage[]): Promise<void>;
  /** Sends what was held for the resident, now that they wrote again. */
  sendHeld(openid: string): Promise<SendOutcome>;
}

export function createCustomerService(deps: CustomerServiceDeps): CustomerService {
  const now = deps.now ?? (() => new Date());

  /** One `message/custom/send` call, in its turn; a rate-limit answer makes the pacer back off. */
  async function customSend(body: object): Promise<unknown> {
    const done = await deps.pacer.take();
    try {
      return await deps.api.post('/cgi-bin/message/custom/send', body);
    } catch (error) {
      if (isRateLimited(error)) deps.pacer.backOff(RATE_LIMIT_BACKOFF_MS);
      throw error;
    } finally {
      done();
    }
  }

  /** The numbered-text form of a menu body, in the follower's language. */
  async function asText(openid: string, menu: MenuBody['msgmenu']): Promise<object> {
    const language = (await getWechatResident(deps.db, openid))?.language;
    const hint = deps.t?.(isLocale(language) ? language : 'zh-CN', 'wechat-type-number', {
      count: menu.list.length,
    });
    return { touser: openid, msgtype: 'text', text: { content: menuAsText(menu, hint ?? '') } };
  }

  /** Sends a picture by its key: the cached media id, or a fresh upload; 40007 uploads again. */
  async function postPhoto(openid: string, photoKey: string): Promise<void> {
    let mediaId: string;
    try {
      if (!deps.media) throw new Error('no photo source configured');
      mediaId = await deps.media.mediaIdFor(photoKey);
    } catch (error) {
      deps.logger.warn('wechat: a picture could not be uploaded and is left out', {
        error: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    const send = (id: string) =>
      customSend({
        touser: openid,
        msgtype: 'image',
        image: { media_id: id },
      });
    try {
      await send(mediaId);
    } catch (error) {
      if (!(error instanceof WechatApiError && error.errcode === MEDIA_EXPIRED && deps.media))
        throw error;
      deps.logger.info('wechat: media id expired, uploading the picture again');
      await send(await deps.media.renew(photoKey, mediaId));
    }
  }

  async function post(openid: string, body: object): Promise<void> {
    const photoKey = (body as { photo_key?: unknown }).photo_key;
    if (typeof photoKey === 'string') return postPhoto(openid, photoKey);
    const menu = menuOf(body);
    try {
      await customSend(body);
    } catch (error) {
      if (!(menu && error instanceof WechatApiError && MENU_REFUSED.has(error.errcode)))
        throw error;
      await customSend(await asText(openid, menu));
    }
    if (menu)
      await saveOfferedChoices(
        deps.db,
        openid,
        menu.list.map((item) => item.id),
        now(),
      );
  }

  /**
   * Posts one part. A later part (its first parts went) that meets the rate limit waits its turn
   * and goes again, a few times, since a retry of the whole would repeat the parts that went.
   */
  async function postPart(openid: string, body: object, index: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await post(openid, body);
      } catch (error) {
        if (!(index > 0 && isRateLimited(error) && attempt < PART_RETRIES)) throw error;
      }
    }
  }

  async function sendBodies(openid: string, bodies: CustomSendBody[] | object[]) {
    for (const [index, body] of bodies.entries()) {
      try {
        await postPart(openid, body, index);
      } catch (error) {
        const hold = async () => {
          for (const rest of bodies.slice(index))
            await holdWechatMessage(deps.db, openid, rest, now());
        };
        if (!(error instanceof WechatApiError)) {
          if (index === 0) throw error;
          // Part went out: a retry of the whole would send that part twice, so the rest waits.
          await hold();
          deps.logger.warn('wechat: message cut off after its first part, the rest held', {
            error: error instanceof Error ? error.message : String(error),
            held: bodies.length - index,
          });
          return 'held' as const;
        }
        if (HOLD_ERRORS.has(error.errcode)) {
          await hold();
          deps.logger.info('wechat: resident outside the customer-service window, message held', {
            errcode: error.errcode,
            held: bodies.length - index,
          });
          return 'held' as const;
        }
        if (isRateLimited(error)) {
          deps.logger.info('wechat: account rate limit reached, sending again later', {
            errcode: error.errcode,
            ...(index > 0 ? { held: bodies.length - index } : {}),
          });
          if (index === 0) return 'throttled' as const;
          await hold();
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
          ...(index > 0 ? { held: bodies.length - index } : {}),
        });
        if (index === 0) return 'failed' as const;
        // The first parts went out (a warning's words before its picture): each part goes once,
        // so the rest waits for the resident's next message rather than a retry of the whole.
        await hold();
        return 'held' as const;
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
    async hold(openid, messages) {
      for (const body of messages.flatMap((m) => customSendBodies(openid, m)))
        await holdWechatMessage(deps.db, openid, body, now());
    },
    async sendHeld(openid) {
      const held = await takeHeldWechatMessages(deps.db, openid);
      if (!held.length) return 'sent';
      const outcome = await sendBodies(openid, held);
      // Nothing went: they stay held, in order, for the caller to try again.
      if (outcome === 'throttled')
        for (const body of held) await holdWechatMessage(deps.db, openid, body, now());
      return outcome;
    },
  };
}
