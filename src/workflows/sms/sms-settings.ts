/**
 * A web resident's SMS settings: the verified number (masked), whether urgent warnings and
 * news of their reports also come by SMS, and stopping SMS altogether (which forgets the number). Without a number, the
 * way to add one.
 */
import type { Address } from '../../domain/people/addresses.js';
import { maskMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { personOf } from '../../store/people.repository.js';
import {
  deleteSmsAddress,
  type SmsAddress,
  smsAddressOfDevice,
  smsAddressOfPerson,
  updateSmsAddress,
} from '../../store/sms-addresses.repository.js';
import { type Described, key } from '../described.js';

export type SmsChange = { toggle: 'urgent' | 'reports' } | { off: true };

export function smsOfDevice(db: Db, deviceId: string): Promise<SmsAddress | null> {
  return smsAddressOfDevice(db, deviceId);
}

/** Applies a change; null when the device has no verified number. */
export function changeSms(
  db: Db,
  deviceId: string,
  change: SmsChange,
  now: Date,
): Promise<SmsAddress | null> {
  return inTransaction(db, async (trx) => {
    const address = await smsAddressOfDevice(trx, deviceId);
    if (!address) return null;
    if ('off' in change) {
      // Stopping SMS forgets the number; SMS already queued for it find no address and stop.
      await deleteSmsAddress(trx, address.id);
      return { ...address, active: false };
    }
    const update =
      change.toggle === 'urgent'
        ? { urgent: !address.urgent }
        : { reportNews: !address.reportNews };
    await updateSmsAddress(trx, address.id, update, now);
    return { ...address, ...update };
  });
}

/**
 * Stops SMS for the person of `who` (a WeChat follower typing 取消短信): their number is
 * forgotten, as `changeSms(…, { off: true })` does for a device. Null when they have none.
 */
export function stopSmsOf(db: Db, who: Address): Promise<SmsAddress | null> {
  return inTransaction(db, async (trx) => {
    const person = await personOf(trx, who);
    const address = person === null ? null : await smsAddressOfPerson(trx, person);
    if (!address) return null;
    await deleteSmsAddress(trx, address.id);
    return { ...address, active: false };
  });
}

const mark = (on: boolean) => (on ? '✅' : '⬜');

export function describeSms(address: SmsAddress | null): Described {
  if (!address?.active)
    return {
      tone: 'info',
      blocks: [
        { type: 'title', text: key('web-sms-title') },
        { type: 'paragraph', text: key('web-sms-intro') },
      ],
      choices: [{ label: key('web-sms-add'), action: 'smsphone' }],
    };
  return {
    tone: 'info',
    blocks: [
      { type: 'title', text: key('web-sms-title') },
      { type: 'paragraph', text: key('web-sms-number', { phone: maskMobile(address.phone) }) },
    ],
    choices: [
      { label: key('web-sms-urgent', { mark: mark(address.urgent) }), action: 'sms:urgent' },
      { label: key('web-sms-reports', { mark: mark(address.reportNews) }), action: 'sms:reports' },
      { label: key('web-sms-off'), action: 'smsoff' },
    ],
  };
}
