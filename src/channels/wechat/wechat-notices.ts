/**
 * Notices to WeChat residents from the outbox (`channel: 'wechat'`, the recipient an openid):
 * a message or a report's status, in the resident's language, through `notifyResident`. Inside
 * the 48-hour window it goes as a customer-service message; after it, as a template message when
 * WECHAT_NOTICE_TEMPLATE_ID is set; otherwise it is held and goes out with the resident's next
 * message. A held notice counts as delivered: it is the channel's now, and the outbox must not
 * hold it a second time. Report cards are for officers and never go here. A campaign's scheduled
 * tip goes the same way but never as a template message (`tip-notice.ts`).
 */

import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../domain/locale.js';
import {
  type BroadcastNoticePayload,
  type MessagePayload,
  type Notice,
  plainVars,
  type ReporterStatusPayload,
} from '../../domain/notices/notice.js';
import type { Logger } from '../../logger.js';
import type { Deliverer } from '../../notices/deliverer.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { getWechatResident } from '../../store/wechat.repository.js';
import type { WechatApi } from './api-client.js';
import type { CustomerService } from './customer-service.js';
import type { OutgoingMessage } from './outgoing.js';
import { notifyResident, THROTTLED_WAIT } from './resident-notice.js';
import type { PlainTranslate } from './texts.js';
import { deliverWechatTip } from './tip-notice.js';

/** The account's template for notices beyond the 48-hour window. */
export interface NoticeTemplate {
  templateId: string;
  /** The template's field the notice goes in (e.g. `thing1`); WeChat cuts `thing` at 20. */
  field: string;
  /** The page a tap opens (the web chat's "my reports", through OAuth); optional. */
  url?: string | undefined;
}

export interface WechatNoticeDeps {
  db: Db;
  api: WechatApi;
  customerService: CustomerService;
  t: PlainTranslate;
  logger: Pick<Logger, 'info'>;
  template?: NoticeTemplate | undefined;
  /** The awareness library, for campaigns' scheduled tips; absent: tips fail as undeliverable. */
  library?: AwarenessLibrary | undefined;
  now?: () => Date;
}

/** WeChat's `thing` fields take at most 20 characters. */
const TEMPLATE_FIELD_CHARS = 20;

/**
 * What a template message says in its one short field: for a report's news the status first,
 * then the reference, so the 20-character cut never drops the status; else the message's start.
 */
function templateTextOf(t: PlainTranslate, locale: Locale, notice: Notice, text: string): string {
  const summary =
    notice.kind === 'reporter-status'
      ? t(locale, 'wechat-template-status', {
          status: t(locale, `status-${(notice.payload as ReporterStatusPayload).status}`),
          reference: (notice.payload as ReporterStatusPayload).reference,
        })
      : text;
  return [...summary].slice(0, TEMPLATE_FIELD_CHARS).join('');
}

/**
 * A message, or a reporter's news with its reference and status in the resident's language; a
 * warning approved with a photo brings the photo's key, sent after the words.
 */
async function contentOf(
  db: Db,
  t: PlainTranslate,
  locale: Locale,
  notice: Notice,
): Promise<{ text: string; photoKey?: string } | null> {
  if (notice.kind === 'broadcast') {
    const request = await getRequest(db, (notice.payload as BroadcastNoticePayload).requestId);
    if (!request) return null;
    const words = request.texts[locale] ?? request.texts['zh-CN'];
    // The officer's words go as typed, under the kind of warning.
    const text = `${t(locale, `broadcast-header-${request.kind}`)}\n\n${words}`;
    return request.photoFileId ? { text, photoKey: request.photoFileId } : { text };
  }
  if (notice.kind === 'reporter-status') {
    const news = notice.payload as ReporterStatusPayload;
    const status = t(locale, `status-${news.status}`);
    return { text: t(locale, news.key, { reference: news.reference, status, ...news.vars }) };
  }
  const { key, vars, lines = [] } = notice.payload as MessagePayload;
  return {
    text: [{ key, vars }, ...lines]
      .map((l) =>
        t(
          locale,
          l.key,
          plainVars(l.vars, (k) => t(locale, k)),
        ),
      )
      .join('\n'),
  };
}

/**
 * After `resolved` or `mediated` the reporter is asked whether they are satisfied (回访), as on
 * Telegram and the web: the news and the question head a menu message whose items come back as
 * `fb:<report id>:yes|no` (answered in `feedback-choice.ts`).
 */
function feedbackMenu(
  t: PlainTranslate,
  locale: Locale,
  notice: Notice,
  text: string,
): Extract<OutgoingMessage, { type: 'menu' }> | null {
  if (notice.kind !== 'reporter-status') return null;
  const news = notice.payload as ReporterStatusPayload;
  if (news.status !== 'resolved' && news.status !== 'mediated') return null;
  return {
    type: 'menu',
    head: `${text}\n\n${t(locale, 'feedback-question', { reference: news.reference })}`,
    items: [
      { id: `fb:${news.reportId}:yes`, content: t(locale, 'feedback-yes') },
      { id: `fb:${news.reportId}:no`, content: t(locale, 'feedback-no') },
    ],
    tail: '',
  };
}

export function wechatDeliverer(deps: WechatNoticeDeps): Deliverer {
  return async (notice) => {
    if (notice.kind === 'report-card' || notice.kind === 'report-card-edit')
      return { ok: false, kind: 'permanent', description: 'report cards go to officers' };
    // Campaigns' scheduled tips: customer-service messages only, never a template (tip-notice.ts).
    if (notice.kind === 'tip') return deliverWechatTip(deps, notice);
    const openid = notice.recipient;
    const resident = await getWechatResident(deps.db, openid);
    if (!resident) return { ok: false, kind: 'inactive' };
    const locale = isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
    const content = await contentOf(deps.db, deps.t, locale, notice);
    if (content === null) return { ok: false, kind: 'permanent', description: 'nothing to send' };
    const { text, photoKey } = content;
    const template = deps.template
      ? {
          templateId: deps.template.templateId,
          data: { [deps.template.field]: templateTextOf(deps.t, locale, notice, text) },
          ...(deps.template.url ? { url: deps.template.url } : {}),
        }
      : undefined;
    const menu = feedbackMenu(deps.t, locale, notice, text);
    const outcome = await notifyResident(deps, openid, {
      text,
      ...(menu ? { menu } : {}),
      ...(template ? { template } : {}),
      ...(photoKey ? { photoKey } : {}),
    });
    switch (outcome) {
      case 'sent':
        return { ok: true };
      case 'held':
        deps.logger.info('wechat: notice held for the resident’s next message', {
          notice_id: notice.id,
        });
        return { ok: true };
      case 'inactive':
        return { ok: false, kind: 'inactive' };
      case 'throttled':
        return THROTTLED_WAIT;
      case 'failed':
        return { ok: false, kind: 'transient', description: 'customer-service message failed' };
    }
  };
}
