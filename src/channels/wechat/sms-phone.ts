/**
 * 短信通知 in WeChat: a follower gives a mobile number and confirms it with the code sent by SMS,
 * through the web chat's phone verification (`src/workflows/sms/phone-verification.ts`: the same
 * limits, only the code's hash stored). The number belongs to the web chat device the follower
 * opened from the account's menu (their reports were filed there), and takes report news as
 * well as urgent warnings: past WeChat's 48-hour window, without a template, a report's news
 * then goes by SMS rather than waiting for their next message (`newsCopy`).
 *
 * Typing 短信通知 (or 手机号, or settings → 📱 短信通知) asks for the number (`flow = 'sms-phone'`),
 * then for the code (`flow = 'sms-code'`); a text that is neither ends it and keeps its meaning.
 * A follower who never opened the web chat from the menu has no reports to hear of: they are
 * told so. The number is never logged.
 */
import type { Locale } from '../../domain/locale.js';
import { maskMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import { devicesOfWechatResident, saveWechatResident } from '../../store/wechat.repository.js';
import { confirmSmsCode, requestSmsCode } from '../../workflows/sms/phone-verification.js';
import { changeSms } from '../../workflows/sms/sms-settings.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

interface Deps {
  db: Db;
  t: PlainTranslate;
}

const ASK_SMS =
  /^(短信通知|短信提醒|手机号|手机号码|绑定手机号?|留手机号|sms|text messages?)[\s\p{P}]*$/iu;
/** What a typed number or code may look like: digits with spaces, dashes or a +86. */
const DIGITS = /^[+\d][\d\s-]*$/u;

export const isSmsRequest = (text: string): boolean => ASK_SMS.test(text.trim());

/** Asks for the number, or says why SMS cannot be set up here. */
export async function askPhone(
  deps: Deps,
  openid: string,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  const [device] = await devicesOfWechatResident(deps.db, openid);
  if (!device) return [{ type: 'text', text: deps.t(locale, 'wechat-sms-no-device') }];
  await saveWechatResident(deps.db, openid, { flow: 'sms-phone' });
  return [{ type: 'text', text: deps.t(locale, 'wechat-sms-ask') }];
}

/**
 * The follower's text while `flow` is `sms-phone` or `sms-code`; null when it is not a number
 * (the step ends and the text keeps its ordinary meaning).
 */
export async function phoneStep(
  deps: Deps,
  openid: string,
  flow: 'sms-phone' | 'sms-code',
  locale: Locale,
  text: string,
  now: Date,
): Promise<OutgoingMessage[] | null> {
  const say = (key: string, vars?: Record<string, string>): OutgoingMessage[] => [
    { type: 'text', text: deps.t(locale, key, vars) },
  ];
  const [deviceId] = await devicesOfWechatResident(deps.db, openid);
  if (!DIGITS.test(text.trim()) || !deviceId) {
    await saveWechatResident(deps.db, openid, { flow: null });
    return null;
  }
  if (flow === 'sms-phone') {
    const asked = await requestSmsCode(deps.db, { deviceId, phone: text, now });
    if (asked.outcome === 'bad-phone') return say('web-sms-bad-phone');
    await saveWechatResident(deps.db, openid, {
      flow: asked.outcome === 'sent' ? 'sms-code' : null,
    });
    if (asked.outcome === 'too-often') return say('web-sms-too-often');
    return say('wechat-sms-code-sent', { phone: maskMobile(asked.phone) });
  }
  const checked = await confirmSmsCode(deps.db, { deviceId, code: text, now });
  if (checked.outcome === 'bad-code') return say('web-sms-bad-code');
  await saveWechatResident(deps.db, openid, { flow: null });
  // The reason a follower gives a number here: news of their reports when WeChat cannot carry it.
  if (!checked.address.reportNews) await changeSms(deps.db, deviceId, { toggle: 'reports' }, now);
  return say('wechat-sms-verified', { phone: maskMobile(checked.address.phone) });
}
