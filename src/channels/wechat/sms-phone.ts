/**
 * 短信通知 in WeChat: a follower gives a mobile number and confirms it with the code sent by SMS,
 * through the phone verification workflow (`src/workflows/sms/phone-verification.ts`: the same
 * limits, one code a minute and five a day, only the code's hash stored). The number joins the
 * follower's person (`sms:<phone>` beside `wechat:<openid>`) and takes urgent warnings as well
 * as report news: past WeChat's 48-hour window, without a template, a report's news then goes by
 * SMS rather than waiting for their next message (`newsCopy`), and an urgent warning reaches the
 * number whatever the window. A follower who opened the web chat from the account's menu asks
 * from that device (their reports were filed there), so the number follows the device, as in the
 * web chat; one who never did asks as themselves and the number takes their village.
 *
 * Typing 短信通知 (or 手机号, or settings → 📱 短信通知) asks for the number (`flow = 'sms-phone'`),
 * then for the code (`flow = 'sms-code'`); a text that is neither ends it and keeps its meaning.
 * A malformed number is refused with what a number looks like; a wrong code says how many tries
 * are left, and the third wrong code ends the attempt (a new code is needed). 取消短信 forgets
 * the number. The number is never logged.
 */
import type { Locale } from '../../domain/locale.js';
import { type Address, webAddress, wechatAddress } from '../../domain/people/addresses.js';
import { maskMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import { devicesOfWechatResident, saveWechatResident } from '../../store/wechat.repository.js';
import { confirmSmsCode, requestSmsCode } from '../../workflows/sms/phone-verification.js';
import { changeSms, stopSmsOf } from '../../workflows/sms/sms-settings.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

interface Deps {
  db: Db;
  t: PlainTranslate;
}

/** Wrong codes a follower may type before the attempt ends. */
export const WECHAT_CODE_TRIES = 3;

const ASK_SMS =
  /^(短信通知|短信提醒|手机号|手机号码|绑定手机号?|留手机号|sms|text messages?)[\s\p{P}]*$/iu;
const STOP_SMS = /^(取消短信(通知)?|停止短信(通知)?|关闭短信(通知)?|stop sms)[\s\p{P}]*$/iu;
/** What a typed number or code may look like: digits with spaces, dashes or a +86. */
const DIGITS = /^[+\d][\d\s-]*$/u;

export const isSmsRequest = (text: string): boolean => ASK_SMS.test(text.trim());
export const isSmsStop = (text: string): boolean => STOP_SMS.test(text.trim());

/** Who asks for the code: the follower's web chat device if they have one, else the follower. */
async function requesterOf(db: Db, openid: string): Promise<Address> {
  const [device] = await devicesOfWechatResident(db, openid);
  return device ? webAddress(device) : wechatAddress(openid);
}

/** Asks for the number. */
export async function askPhone(
  deps: Deps,
  openid: string,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  await saveWechatResident(deps.db, openid, { flow: 'sms-phone' });
  return [{ type: 'text', text: deps.t(locale, 'wechat-sms-ask') }];
}

/** 取消短信: the follower's number is forgotten (nothing more goes to it). */
export async function stopSms(
  deps: Deps,
  openid: string,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  const stopped = await stopSmsOf(deps.db, wechatAddress(openid));
  return [
    {
      type: 'text',
      text: stopped
        ? deps.t(locale, 'wechat-sms-stopped', { phone: maskMobile(stopped.phone) })
        : deps.t(locale, 'wechat-sms-none'),
    },
  ];
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
  const say = (key: string, vars?: Record<string, string | number>): OutgoingMessage[] => [
    { type: 'text', text: deps.t(locale, key, vars) },
  ];
  if (!DIGITS.test(text.trim())) {
    await saveWechatResident(deps.db, openid, { flow: null });
    return null;
  }
  const requester = await requesterOf(deps.db, openid);
  if (flow === 'sms-phone') {
    const asked = await requestSmsCode(deps.db, { requester, phone: text, now });
    if (asked.outcome === 'bad-phone') return say('web-sms-bad-phone');
    await saveWechatResident(deps.db, openid, {
      flow: asked.outcome === 'sent' ? 'sms-code' : null,
    });
    if (asked.outcome === 'too-often') return say('web-sms-too-often');
    return say('wechat-sms-code-sent', { phone: maskMobile(asked.phone) });
  }
  const checked = await confirmSmsCode(deps.db, {
    requester,
    code: text,
    now,
    maxTries: WECHAT_CODE_TRIES,
  });
  if (checked.outcome === 'no-code') {
    await saveWechatResident(deps.db, openid, { flow: null });
    return say('wechat-sms-code-expired');
  }
  if (checked.outcome === 'bad-code') {
    if (checked.triesLeft > 0) return say('wechat-sms-bad-code', { left: checked.triesLeft });
    await saveWechatResident(deps.db, openid, { flow: null });
    return say('wechat-sms-code-failed', { tries: WECHAT_CODE_TRIES });
  }
  await saveWechatResident(deps.db, openid, { flow: null });
  const phone = maskMobile(checked.address.phone);
  if (requester.channel === 'wechat') return say('wechat-sms-verified-follower', { phone });
  // The reason a follower gives a number here: news of their reports when WeChat cannot carry it.
  if (!checked.address.reportNews)
    await changeSms(deps.db, requester.address, { toggle: 'reports' }, now);
  return say('wechat-sms-verified', { phone });
}
