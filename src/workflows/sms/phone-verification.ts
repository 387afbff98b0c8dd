/**
 * Phone verification for the web chat: a resident gives a mobile number, gets a 6-digit code
 * by SMS (through the notices outbox), types it, and their device gets a verified SMS address.
 * Asking is limited (one code a minute, five a day per device and per number); a code is good
 * for 10 minutes and five tries, and only its HMAC is stored. Each call is one transaction.
 *
 * @example
 * const asked = await requestSmsCode(db, { deviceId, phone: '138 0013 8000', now });
 * // … the resident reads the SMS …
 * const done = await confirmSmsCode(db, { deviceId, code: '123456', now });
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { hashSmsCode, parseMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import {
  type SmsAddress,
  saveSmsAddress,
  smsAddressOfDevice,
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

export const SMS_CODE_LIMITS = { gapMs: 60_000, perDay: 5, tries: 5 } as const;

export type CodeRequest =
  | { outcome: 'bad-phone' }
  | { outcome: 'too-often' }
  | { outcome: 'sent'; phone: string; notices: NewNotice[] };

export function requestSmsCode(
  db: Db,
  input: { deviceId: string; phone: string; now: Date },
): Promise<CodeRequest> {
  const phone = parseMobile(input.phone);
  if (!phone) return Promise.resolve({ outcome: 'bad-phone' });
  const { deviceId, now } = input;
  return inTransaction(db, async (trx) => {
    const last = await lastSmsCodeAt(trx, deviceId);
    if (last && now.getTime() - last.getTime() < SMS_CODE_LIMITS.gapMs)
      return { outcome: 'too-often' };
    const today = await countSmsCodesSince(
      trx,
      { deviceId, phone },
      new Date(now.getTime() - 86_400_000),
    );
    if (today.device >= SMS_CODE_LIMITS.perDay || today.phone >= SMS_CODE_LIMITS.perDay)
      return { outcome: 'too-often' };
    const codeId = await addSmsCode(
      trx,
      { deviceId, phone, salt: randomBytes(16).toString('hex') },
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

export type CodeCheck = { outcome: 'bad-code' } | { outcome: 'verified'; address: SmsAddress };

export function confirmSmsCode(
  db: Db,
  input: { deviceId: string; code: string; now: Date },
): Promise<CodeCheck> {
  const typed = input.code.replace(/\s/g, '');
  return inTransaction(db, async (trx) => {
    const code = await currentSmsCode(trx, input.deviceId, input.now);
    if (!code?.codeHash || code.tries >= SMS_CODE_LIMITS.tries || !/^\d{6}$/.test(typed)) {
      if (code) await countSmsCodeTry(trx, code.id);
      return { outcome: 'bad-code' };
    }
    const given = Buffer.from(hashSmsCode(typed, code.salt), 'hex');
    const stored = Buffer.from(code.codeHash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
      await countSmsCodeTry(trx, code.id);
      return { outcome: 'bad-code' };
    }
    await useSmsCode(trx, code.id, input.now);
    const resident = await getWebResident(trx, input.deviceId);
    await saveSmsAddress(
      trx,
      {
        phone: code.phone,
        villageCode: resident?.villageCode ?? null,
        language: resident?.language ?? 'zh-CN',
        consent: 'web',
        deviceId: input.deviceId,
        // The reason most residents give a number: warnings while the page is closed.
        urgent: true,
        reportNews: false,
        verifiedAt: input.now,
      },
      input.now,
    );
    const address = await smsAddressOfDevice(trx, input.deviceId);
    if (!address) throw new Error('The SMS address just saved was not found.');
    return { outcome: 'verified', address };
  });
}
