/**
 * Phone verification: a resident gives a mobile number, gets a 6-digit code by SMS (through the
 * notices outbox), types it, and gets a verified SMS address, which joins their person. The
 * requester is the address they asked from: a web chat device (`web:<device>`, the number then
 * follows that device), or a WeChat follower who never opened the web chat (`wechat:<openid>`,
 * the number then takes the follower's village and language). Asking is limited (one code a
 * minute, five a day per requester and per number); a code is good for 10 minutes and five tries
 * (a caller may allow fewer), and only its HMAC is stored. Each call is one transaction.
 *
 * @example
 * const asked = await requestSmsCode(db, { requester: webAddress(deviceId), phone: '138 0013 8000', now });
 * // … the resident reads the SMS …
 * const done = await confirmSmsCode(db, { requester: webAddress(deviceId), code: '123456', now });
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Address } from '../../domain/people/addresses.js';
import { hashSmsCode, parseMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import {
  getSmsAddress,
  type SaveSmsAddress,
  type SmsAddress,
  saveSmsAddress,
} from '../../store/sms-addresses.repository.js';
import {
  addSmsCode,
  countSmsCodesSince,
  countSmsCodeTry,
  currentSmsCode,
  lastSmsCodeAt,
  useSmsCode,
} from '../../store/sms-codes.repository.js';
import { getWebResident } from '../../store/web-residents.repository.js';
import { getWechatResident } from '../../store/wechat.repository.js';

export const SMS_CODE_LIMITS = { gapMs: 60_000, perDay: 5, tries: 5 } as const;

export type CodeRequest =
  | { outcome: 'bad-phone' }
  | { outcome: 'too-often' }
  | { outcome: 'sent'; phone: string; notices: NewNotice[] };

export function requestSmsCode(
  db: Db,
  input: { requester: Address; phone: string; now: Date },
): Promise<CodeRequest> {
  const phone = parseMobile(input.phone);
  if (!phone) return Promise.resolve({ outcome: 'bad-phone' });
  const { requester, now } = input;
  return inTransaction(db, async (trx) => {
    const last = await lastSmsCodeAt(trx, requester);
    if (last && now.getTime() - last.getTime() < SMS_CODE_LIMITS.gapMs)
      return { outcome: 'too-often' };
    const today = await countSmsCodesSince(
      trx,
      { requester, phone },
      new Date(now.getTime() - 86_400_000),
    );
    if (today.requester >= SMS_CODE_LIMITS.perDay || today.phone >= SMS_CODE_LIMITS.perDay)
      return { outcome: 'too-often' };
    const codeId = await addSmsCode(
      trx,
      { requester, phone, salt: randomBytes(16).toString('hex') },
      now,
    );
    const notices: NewNotice[] = [
      {
        idempotencyKey: `sms-code:${codeId}`,
        channel: 'sms',
        recipient: `code:${codeId}`,
        kind: 'sms-code',
        payload: { codeId },
        priority: NOTICE_PRIORITY.urgent,
      },
    ];
    await enqueueNotices(trx, notices, now);
    return { outcome: 'sent', phone, notices };
  });
}

/**
 * `bad-code` with `triesLeft`: wrong codes still allowed (0: this code is used up, ask for a new
 * one); `no-code`: no code is waiting (never sent, used, or expired after 10 minutes).
 */
export type CodeCheck =
  | { outcome: 'bad-code'; triesLeft: number }
  | { outcome: 'no-code' }
  | { outcome: 'verified'; address: SmsAddress };

export function confirmSmsCode(
  db: Db,
  input: {
    requester: Address;
    code: string;
    now: Date;
    /** Wrong codes allowed; at most `SMS_CODE_LIMITS.tries`. */
    maxTries?: number;
  },
): Promise<CodeCheck> {
  const typed = input.code.replace(/\s/g, '');
  const limit = Math.min(input.maxTries ?? SMS_CODE_LIMITS.tries, SMS_CODE_LIMITS.tries);
  return inTransaction(db, async (trx) => {
    const code = await currentSmsCode(trx, input.requester, input.now);
    if (!code?.codeHash) return { outcome: 'no-code' };
    const wrong = async (): Promise<CodeCheck> => {
      await countSmsCodeTry(trx, code.id);
      return { outcome: 'bad-code', triesLeft: Math.max(0, limit - code.tries - 1) };
    };
    if (code.tries >= limit || !/^\d{6}$/.test(typed)) return wrong();
    const given = Buffer.from(hashSmsCode(typed, code.salt), 'hex');
    const stored = Buffer.from(code.codeHash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return wrong();
    await useSmsCode(trx, code.id, input.now);
    const saved = await saveSmsAddress(
      trx,
      await addressFor(trx, input.requester, code.phone, input.now),
      input.now,
    );
    const address = await getSmsAddress(trx, saved.id);
    if (!address) throw new Error('The SMS address just saved was not found.');
    return { outcome: 'verified', address };
  });
}

/**
 * The number as the requester gives it. From a web device: the device's village and language,
 * urgent warnings by SMS (the reason most residents give a number: warnings while the page is
 * closed). From WeChat: the follower's village and language, and report news too (the reason a
 * follower gives one: what WeChat cannot carry past its 48-hour window).
 */
async function addressFor(
  trx: Db,
  requester: Address,
  phone: string,
  now: Date,
): Promise<SaveSmsAddress> {
  if (requester.channel === 'wechat') {
    const follower = await getWechatResident(trx, requester.address);
    return {
      phone,
      villageCode: follower?.village_code ?? null,
      language: follower?.language ?? 'zh-CN',
      consent: 'wechat',
      deviceId: null,
      owner: requester,
      urgent: true,
      reportNews: true,
      verifiedAt: now,
    };
  }
  const resident = await getWebResident(trx, requester.address);
  return {
    phone,
    villageCode: resident?.villageCode ?? null,
    language: resident?.language ?? 'zh-CN',
    consent: 'web',
    deviceId: requester.address,
    urgent: true,
    reportNews: false,
    verifiedAt: now,
  };
}
