/**
 * Residents' SMS addresses: a verified mobile number, the village it gets warnings for, the
 * language of its texts, where the consent came from, and what it takes (urgent warnings,
 * news of the resident's reports). One row per number; a number verified again on another
 * device moves to that device. Functions take `db | trx` and never open a transaction.
 */
import { type Address, smsAddress, webAddress } from '../domain/people/addresses.js';
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';
import { addAddress, ensurePerson, removeAddress } from './people.repository.js';
import { type SmsAddressTable, smsTables } from './sms.table.js';

export interface SmsAddress {
  id: number;
  phone: string;
  villageCode: string | null;
  language: string;
  consent: string;
  deviceId: string | null;
  urgent: boolean;
  reportNews: boolean;
  verifiedAt: string | null;
  active: boolean;
}

type Row = Omit<SmsAddressTable, 'id'> & { id: number };

function toAddress(r: Row): SmsAddress {
  return {
    id: Number(r.id),
    phone: r.phone,
    villageCode: r.village_code,
    language: r.language,
    consent: r.consent,
    deviceId: r.device_id,
    urgent: Number(r.urgent) === 1,
    reportNews: Number(r.report_news) === 1,
    verifiedAt: r.verified_at,
    active: Number(r.active) === 1,
  };
}

export async function getSmsAddress(db: Db, id: number): Promise<SmsAddress | null> {
  if (!Number.isSafeInteger(id)) return null;
  const row = await smsTables(db)
    .selectFrom('sms_addresses')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAddress(row as Row) : null;
}

/** The active, verified address a web device verified, if any. */
export async function smsAddressOfDevice(db: Db, deviceId: string): Promise<SmsAddress | null> {
  const row = await smsTables(db)
    .selectFrom('sms_addresses')
    .selectAll()
    .where('device_id', '=', deviceId)
    .where('active', '=', 1)
    .where('verified_at', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toAddress(row as Row) : null;
}

/** The active, verified number of a person (whichever of their addresses verified it), if any. */
export async function smsAddressOfPerson(db: Db, personId: number): Promise<SmsAddress | null> {
  const row = await smsTables(db)
    .selectFrom('sms_addresses')
    .innerJoin('person_addresses as p', (j) =>
      j.onRef('p.address', '=', 'sms_addresses.phone').on('p.channel', '=', 'sms'),
    )
    .selectAll('sms_addresses')
    .where('p.person_id', '=', personId)
    .where('sms_addresses.active', '=', 1)
    .where('sms_addresses.verified_at', 'is not', null)
    .orderBy('sms_addresses.id', 'desc')
    .executeTakeFirst();
  return row ? toAddress(row as Row) : null;
}

export interface SaveSmsAddress {
  phone: string;
  villageCode: string | null;
  language: string;
  consent: string;
  deviceId: string | null;
  /**
   * Whose person the number joins: by default the device's; a WeChat follower who verified it
   * inside WeChat (no device) names their own address.
   */
  owner?: Address;
  urgent: boolean;
  reportNews: boolean;
  verifiedAt: Date;
}

/**
 * Adds a verified number, or brings the number's row up to date (verified again, re-imported):
 * active again, with this consent and these choices. Returns the address id and whether it is new.
 */
export async function saveSmsAddress(
  db: Db,
  a: SaveSmsAddress,
  now: Date,
): Promise<{ id: number; created: boolean }> {
  const values = {
    village_code: a.villageCode,
    language: a.language,
    consent: a.consent.slice(0, 200),
    device_id: a.deviceId,
    urgent: a.urgent ? 1 : 0,
    report_news: a.reportNews ? 1 : 0,
    verified_at: a.verifiedAt.toISOString(),
    active: 1,
    updated_at: now.toISOString(),
  };
  return inTransaction(db, async (trx) => {
    const existing = await smsTables(trx)
      .selectFrom('sms_addresses')
      .select('id')
      .where('phone', '=', a.phone)
      .executeTakeFirst();
    let saved: { id: number; created: boolean };
    if (existing) {
      // An import (no device) leaves the device that verified the number where it is.
      const { device_id, ...rest } = values;
      await smsTables(trx)
        .updateTable('sms_addresses')
        .set(device_id === null ? rest : values)
        .where('id', '=', existing.id)
        .execute();
      saved = { id: Number(existing.id), created: false };
    } else {
      const row = await smsTables(trx)
        .insertInto('sms_addresses')
        .values({ phone: a.phone, created_at: now.toISOString(), ...values })
        .returning('id')
        .executeTakeFirstOrThrow();
      saved = { id: Number(row.id), created: true };
    }
    // The number belongs to the person of the device (or follower) that verified it; an imported
    // number is a person of its own until someone verifies it.
    const owner = a.owner ?? (a.deviceId ? webAddress(a.deviceId) : null);
    if (owner) await addAddress(trx, await ensurePerson(trx, owner, now), smsAddress(a.phone), now);
    else await ensurePerson(trx, smsAddress(a.phone), now);
    return saved;
  });
}

/** Changes what an address takes, or turns it off (`active: false`: nothing is sent to it). */
export async function updateSmsAddress(
  db: Db,
  id: number,
  change: { urgent?: boolean; reportNews?: boolean; active?: boolean },
  now: Date,
): Promise<void> {
  await smsTables(db)
    .updateTable('sms_addresses')
    .set({
      ...(change.urgent === undefined ? {} : { urgent: change.urgent ? 1 : 0 }),
      ...(change.reportNews === undefined ? {} : { report_news: change.reportNews ? 1 : 0 }),
      ...(change.active === undefined ? {} : { active: change.active ? 1 : 0 }),
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Forgets an address: the resident stopped SMS, so the number is not kept (nor their person's). */
export async function deleteSmsAddress(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await smsTables(trx)
      .deleteFrom('sms_addresses')
      .where('id', '=', id)
      .returning('phone')
      .executeTakeFirst();
    if (row) await removeAddress(trx, smsAddress(row.phone));
  });
}
