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
import type { PlainTranslate } from './texts.js';
import type { TokenBucket } from './token-bucket.js';

/** Out of the customer-service window, or over its message quota: keep it for later. */
const HOLD_ERRORS: ReadonlySet<number> = new Set([45047, 45015]);
const UNFOLLOWED = 43004;
/** The account may not send menu messages: they go as numbered text. */
const MENU_REFUSED: ReadonlySet<number> = new Set([48001, 40008]);
/** The media id is unknown to WeChat (expired or never uploaded). */
const MEDIA_EXPIRED = 40007;

type MenuBody = { msgmenu: { head_content: string; list: MenuItem[]; tail_content: string } };

function menuOf(body: object): MenuBody['msgmenu'] | null {
  const b = body as Partial<MenuBody> & { msgtype?: unknown };
  return b.msgtype === 'msgmenu' && b.msgmenu && Array.isArray(b.msgmenu.list) ? b.msgmenu : null;
}

export type SendOutcome = 'sent' | 'held' | 'inactive' | 'failed';

export interface CustomerServiceDeps {
  api: WechatApi;
  db: Db;
  logger: Logger;
  bucket: TokenBucket;
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
  /** Sends what was held for the resident, now that they wrote again. */
  sendHeld(openid: string): Promise<SendOutcome>;
}

export function createCustomerService(deps: CustomerServiceDeps): CustomerService {
  const now = deps.now ?? (() => new Date());

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
      deps.api.post('/cgi-bin/message/custom/send', {
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
      await deps.api.post('/cgi-bin/message/custom/send', body);
    } catch (error) {
      if (!(menu && error instanceof WechatApiError && MENU_REFUSED.has(error.errcode)))
        throw error;
      await deps.api.post('/cgi-bin/message/custom/send', await asText(openid, menu));
    }
    if (menu)
      await saveOfferedChoices(
        deps.db,
        openid,
        menu.list.map((item) => item.id),
        now(),
      );
  }

  async function sendBodies(openid: string, bodies: CustomSendBody[] | object[]) {
    for (const [index, body] of bodies.entries()) {
      await deps.bucket.take();
      try {
        await post(openid, body);
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
    async sendHeld(openid) {
      const held = await takeHeldWechatMessages(deps.db, openid);
      return held.length ? sendBodies(openid, held) : 'sent';
    },
  };
}
