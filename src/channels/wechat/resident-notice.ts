/**
 * A notice to a WeChat resident outside a conversation (a report's status changed, a warning):
 * inside the 48-hour window it goes as a customer-service message; after it, as a template
 * message when the account has a template for it; otherwise it is held for the resident's next
 * message. The delivery outbox is to call this as the WeChat `Sender` (not wired yet).
 * Template messages: https://developers.weixin.qq.com/doc/service/api/notify/template/api_sendtemplatemessage
 */
import { WECHAT_SERVICE_WINDOW_MS } from '../../domain/notices/news-copy.js';
import type { Db } from '../../store/database.js';
import { getWechatResident, holdWechatMessage } from '../../store/wechat.repository.js';
import { type WechatApi, WechatApiError } from './api-client.js';
import {
  type CustomerService,
  RATE_LIMIT_BACKOFF_MS,
  type SendOutcome,
} from './customer-service.js';
import { customSendBodies, type OutgoingMessage } from './outgoing.js';

/** The customer-service window after a resident's message. */
export const SERVICE_WINDOW_MS = WECHAT_SERVICE_WINDOW_MS;

export interface TemplateNotice {
  templateId: string;
  /** The template's fields, e.g. { thing1: '…', time2: '…' }. */
  data: Record<string, string>;
  /** A page the notice opens (the web chat), optional. */
  url?: string;
}

export interface ResidentNotice {
  text: string;
  /**
   * The same notice with choices (a menu message), sent instead of the text inside the window or
   * held for the next message; a template message cannot carry choices and takes `text`.
   */
  menu?: Extract<OutgoingMessage, { type: 'menu' }>;
  template?: TemplateNotice;
  /**
   * A picture sent after the words (a warning's photo), by its photo key: the words go first so
   * a follower whose window allows only one more message still reads the warning. A template
   * message cannot carry it, so past the window without a template it is held after the words.
   */
  photoKey?: string;
}

export interface NoticeDeps {
  db: Db;
  api: WechatApi;
  customerService: CustomerService;
  now?: () => Date;
}

export async function notifyResident(
  deps: NoticeDeps,
  openid: string,
  notice: ResidentNotice,
): Promise<SendOutcome> {
  const now = deps.now?.() ?? new Date();
  const resident = await getWechatResident(deps.db, openid);
  if (!resident?.subscribed) return 'inactive';
  const last = resident.last_message_at ? new Date(resident.last_message_at).getTime() : 0;
  if (now.getTime() - last <= SERVICE_WINDOW_MS)
    return deps.customerService.send(openid, [
      notice.menu ?? { type: 'text', text: notice.text },
      ...(notice.photoKey ? [{ type: 'image' as const, photoKey: notice.photoKey }] : []),
    ]);
  if (notice.template) {
    try {
      await deps.api.post('/cgi-bin/message/template/send', {
        touser: openid,
        template_id: notice.template.templateId,
        ...(notice.template.url ? { url: notice.template.url } : {}),
        data: Object.fromEntries(
          Object.entries(notice.template.data).map(([k, value]) => [k, { value }]),
        ),
      });
      return 'sent';
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      // A template refused (unknown id, bad field) still leaves the customer-service way later.
    }
  }
  const bodies = [
    ...(notice.menu
      ? customSendBodies(openid, notice.menu)
      : customSendBodies(openid, { type: 'text', text: notice.text })),
    ...(notice.photoKey
      ? customSendBodies(openid, { type: 'image', photoKey: notice.photoKey })
      : []),
  ];
  for (const body of bodies) await holdWechatMessage(deps.db, openid, body, now);
  return 'held';
}

/**
 * The notice loop's "not yet" for a notice WeChat's rate limit refused: put off without counting
 * an attempt (never failed, never lost), while the account's pacer has backed off.
 */
export const THROTTLED_WAIT = {
  ok: false,
  kind: 'wait',
  seconds: RATE_LIMIT_BACKOFF_MS / 1000,
  reason: 'wechat rate limit (45009/45011)',
} as const;
