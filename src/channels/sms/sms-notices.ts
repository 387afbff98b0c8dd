/**
 * Notices by SMS: a verification code, an urgent warning or a reporter's news, sent through the
 * configured provider. The recipient is an `sms_addresses` id (or `code:<id>`), so no outbox row
 * holds a number. Before each send the rate limits are checked against what was sent (one a
 * minute and SMS_PER_NUMBER_PER_HOUR per number, SMS_PER_MINUTE in all): over them the notice
 * waits, it is not failed. The
 * provider's answer maps onto the notice loop's rules: throttling and network trouble are
 * retried a bounded number of times with backoff, a template or signature error fails at once,
 * and a number that cannot get SMS is `blocked` and its address turned off. The provider's
 * message id is stored with the notice marked sent, for delivery receipts.
 */
import { randomInt } from 'node:crypto';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../domain/locale.js';
import type {
  BroadcastNoticePayload,
  Notice,
  ReporterStatusPayload,
  SmsCodePayload,
} from '../../domain/notices/notice.js';
import { hashSmsCode } from '../../domain/people/phone-number.js';
import type { Deliverer, DeliveryResult } from '../../notices/deliverer.js';
import { getRequest } from '../../store/broadcast-requests.repository.js';
import type { Db } from '../../store/database.js';
import { getSmsAddress, updateSmsAddress } from '../../store/sms-addresses.repository.js';
import { getSmsCode, setSmsCodeHash } from '../../store/sms-codes.repository.js';
import { countSmsSentSince, recordSmsSent } from '../../store/sms-messages.repository.js';
import { getWebResident } from '../../store/web-residents.repository.js';
import { getWechatResident } from '../../store/wechat.repository.js';
import type { WebTranslate } from '../web/web-translate.js';
import type { SmsMessage, SmsProvider } from './provider.js';
import { codeSms, reportSms, urgentSms } from './sms-text.js';

/** How long a verification code is good for once sent. */
export const SMS_CODE_TTL_MS = 10 * 60_000;

export interface SmsLimits {
  perNumberPerHour: number;
  perMinute: number;
}

export interface SmsDelivererDeps {
  db: Db;
  provider: SmsProvider;
  signName: string;
  t: WebTranslate;
  /** PUBLIC_URL: texts link to `<publicUrl>/web/` for details. */
  publicUrl: string;
  limits: SmsLimits;
  now?: () => Date;
}

const localeOf = (language: string | undefined): Locale =>
  isLocale(language) ? language : DEFAULT_LOCALE;

type Target = { phone: string; message: (phone: string) => Promise<SmsMessage | null> };

export function smsDeliverer(deps: SmsDelivererDeps): Deliverer {
  const now = deps.now ?? (() => new Date());
  const link = `${deps.publicUrl}/web/`;
  const sign = deps.signName;

  /** Who gets it and what it says; null: nothing to send (a used code, a warning withdrawn). */
  async function targetOf(notice: Notice): Promise<Target | 'gone' | null> {
    if (notice.kind === 'sms-code') {
      const code = await getSmsCode(deps.db, (notice.payload as SmsCodePayload).codeId);
      if (!code) return null;
      // The code's text is in the language of whoever asked: a web device, or a WeChat follower.
      const language =
        code.requester.channel === 'wechat'
          ? (await getWechatResident(deps.db, code.requester.address))?.language
          : (await getWebResident(deps.db, code.requester.address))?.language;
      return {
        phone: code.phone,
        async message(phone) {
          // The code is made now and only its hash kept: it exists in clear only in the SMS.
          const value = String(randomInt(0, 1_000_000)).padStart(6, '0');
          await setSmsCodeHash(
            deps.db,
            code.id,
            hashSmsCode(value, code.salt),
            new Date(now().getTime() + SMS_CODE_TTL_MS),
          );
          return codeSms(deps.t, localeOf(language), { phone, sign, code: value });
        },
      };
    }
    const address = await getSmsAddress(deps.db, Number(notice.recipient));
    if (!address?.active || !address.verifiedAt) return 'gone';
    const locale = localeOf(address.language);
    if (notice.kind === 'broadcast') {
      return {
        phone: address.phone,
        async message(phone) {
          const request: BroadcastRequest | null = await getRequest(
            deps.db,
            (notice.payload as BroadcastNoticePayload).requestId,
          );
          if (!request) return null;
          const text = request.texts[locale] ?? request.texts['zh-CN'] ?? '';
          return urgentSms(deps.t, locale, { phone, sign, text, link });
        },
      };
    }
    if (notice.kind === 'reporter-status') {
      const news = notice.payload as ReporterStatusPayload;
      return {
        phone: address.phone,
        message: async (phone) =>
          reportSms(deps.t, locale, {
            phone,
            sign,
            reference: news.reference,
            status: deps.t(locale, `status-${news.status}`),
            link,
          }),
      };
    }
    return null;
  }

  return async (notice): Promise<DeliveryResult> => {
    const target = await targetOf(notice);
    if (target === 'gone') return { ok: false, kind: 'inactive' };
    if (!target) {
      if (notice.kind === 'sms-code' || notice.kind === 'broadcast') return { ok: true };
      return { ok: false, kind: 'permanent', description: `no SMS for ${notice.kind}` };
    }
    const at = now();
    const sent = await countSmsSentSince(deps.db, target.phone, {
      number: new Date(at.getTime() - 3_600_000),
      global: new Date(at.getTime() - 60_000),
    });
    if (sent.global >= deps.limits.perMinute)
      return { ok: false, kind: 'wait', seconds: 61, reason: 'sms: global rate limit' };
    // One a minute per number, as both providers allow by default: a second SMS to the same
    // phone within the minute would only come back throttled.
    if (sent.numberLastMinute >= 1)
      return { ok: false, kind: 'wait', seconds: 61, reason: 'sms: one a minute per number' };
    if (sent.number >= deps.limits.perNumberPerHour)
      return { ok: false, kind: 'wait', seconds: 15 * 60, reason: 'sms: per-number rate limit' };
    const message = await target.message(target.phone);
    if (!message) return { ok: true };
    const result = await deps.provider.send(message);
    if (result.ok)
      return {
        ok: true,
        record: async (trx) => {
          await recordSmsSent(
            trx,
            {
              noticeId: notice.id,
              phone: target.phone,
              provider: deps.provider.name,
              providerMessageId: result.messageId,
              template: message.template,
            },
            now(),
          );
          return undefined;
        },
      };
    switch (result.error) {
      case 'throttled':
        return { ok: false, kind: 'transient', description: `throttled: ${result.detail}` };
      case 'template':
        return { ok: false, kind: 'permanent', description: `template: ${result.detail}` };
      case 'invalid-number':
        if (notice.kind !== 'sms-code')
          await updateSmsAddress(deps.db, Number(notice.recipient), { active: false }, now());
        return { ok: false, kind: 'inactive' };
      case 'other':
        return { ok: false, kind: 'transient', description: result.detail };
    }
  };
}
