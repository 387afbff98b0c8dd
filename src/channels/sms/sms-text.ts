/**
 * What an SMS says. Providers send only approved templates, so a text is a template use and
 * its variables; the locale keys `sms-code`, `sms-urgent` and `sms-report` are the templates'
 * wording (the preview, and what the README asks the county to get approved). One SMS segment
 * holds 70 characters with Chinese text; an urgent warning's own words are cut so that the
 * signature, the template and the link fit in one, where the template leaves room.
 *
 * @example
 * urgentSms(t, 'zh-CN', { sign: '县公安局', text: '冒充公检法电话又来了…', link: 'https://c.cn/web/' });
 */
import type { Locale } from '../../domain/locale.js';
import type { WebTranslate } from '../web/web-translate.js';
import type { SmsMessage } from './provider.js';

export const SMS_SEGMENT = 70;
/** Aliyun's limit for one variable of most kinds (35 characters). */
const MAX_VARIABLE = 35;

const length = (s: string) => [...s].length;

function cut(text: string, room: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= room) return chars.join('');
  return `${chars.slice(0, Math.max(0, room - 1)).join('')}…`;
}

export function codeSms(
  t: WebTranslate,
  locale: Locale,
  o: { phone: string; sign: string; code: string },
): SmsMessage {
  return {
    phone: o.phone,
    template: 'code',
    params: [['code', o.code]],
    preview: `【${o.sign}】${t(locale, 'sms-code', { code: o.code })}`,
  };
}

export function urgentSms(
  t: WebTranslate,
  locale: Locale,
  o: { phone: string; sign: string; text: string; link: string },
): SmsMessage {
  const frame = `【${o.sign}】${t(locale, 'sms-urgent', { text: '', link: o.link })}`;
  const room = Math.min(MAX_VARIABLE, Math.max(10, SMS_SEGMENT - length(frame)));
  const text = cut(o.text, room);
  return {
    phone: o.phone,
    template: 'urgent',
    params: [
      ['text', text],
      ['link', o.link],
    ],
    preview: `【${o.sign}】${t(locale, 'sms-urgent', { text, link: o.link })}`,
  };
}

export function reportSms(
  t: WebTranslate,
  locale: Locale,
  o: { phone: string; sign: string; reference: string; status: string; link: string },
): SmsMessage {
  const status = cut(o.status, 20);
  const reference = cut(o.reference, 20);
  return {
    phone: o.phone,
    template: 'report',
    params: [
      ['reference', reference],
      ['status', status],
      ['link', o.link],
    ],
    preview: `【${o.sign}】${t(locale, 'sms-report', { reference, status, link: o.link })}`,
  };
}
