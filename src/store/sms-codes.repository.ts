/**
 * Phone verification codes. A request stores the number and a salt; the SMS deliverer makes the
 * code when it sends it and stores only its HMAC (`code_hash`) with the expiry, so the code
 * itself is never written anywhere. Functions take `db | trx` and never open a transaction.
 */
import { type Address, formatAddress, parseAddress } from '../domain/people/addresses.js';
import type { Db } from './database.js';
import { smsTables } from './sms.table.js';

export interface SmsCodeRow {
  id: number;
  /** Who asked: a web device, or a WeChat follower giving their number inside WeChat. */
  requester: Address;
  phone: string;
  codeHash: string | null;
  salt: string;
  tries: number;
  expiresAt: string | null;
}

export async function addSmsCode(
  db: Db,
  c: { requester: Address; phone: string; salt: string },
  now: Date,
): Promise<number> {
  const row = await smsTables(db)
    .insertInto('sms_codes')
    .values({
      requester: formatAddress(c.requester),
      phone: c.phone,
      salt: c.salt,
      code_hash: null,
      tries: 0,
      expires_at: null,
      used_at: null,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function getSmsCode(db: Db, id: number): Promise<SmsCodeRow | null> {
  const r = await smsTables(db)
    .selectFrom('sms_codes')
    .selectAll()
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  const requester = r ? parseAddress(r.requester) : null;
  return r && requester
    ? {
        id: Number(r.id),
        requester,
        phone: r.phone,
        codeHash: r.code_hash,
        salt: r.salt,
        tries: Number(r.tries),
        expiresAt: r.expires_at,
      }
    : null;
}

/** The requester's newest code that was sent, is unused and has not expired. */
export async function currentSmsCode(db: Db, requester: Address, now: Date) {
  const r = await smsTables(db)
    .selectFrom('sms_codes')
    .select('id')
    .where('requester', '=', formatAddress(requester))
    .where('used_at', 'is', null)
    .where('code_hash', 'is not', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r ? getSmsCode(db, Number(r.id)) : null;
}

/** Stores the code's hash and expiry as it is sent (a resend replaces the code). */
export async function setSmsCodeHash(db: Db, id: number, hash: string, expiresAt: Date) {
  await smsTables(db)
    .updateTable('sms_codes')
    .set({ code_hash: hash, expires_at: expiresAt.toISOString(), tries: 0 })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .execute();
}

export async function countSmsCodeTry(db: Db, id: number): Promise<void> {
  await smsTables(db)
    .updateTable('sms_codes')
    .set((eb) => ({ tries: eb('tries', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function useSmsCode(db: Db, id: number, now: Date): Promise<void> {
  await smsTables(db)
    .updateTable('sms_codes')
    .set({ used_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Codes asked for since `since`, by this requester and for this number: the request limits. */
export async function countSmsCodesSince(
  db: Db,
  who: { requester: Address; phone: string },
  since: Date,
): Promise<{ requester: number; phone: number }> {
  const at = since.toISOString();
  const count = async (column: 'requester' | 'phone', value: string) =>
    Number(
      (
        await smsTables(db)
          .selectFrom('sms_codes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(column, '=', value)
          .where('created_at', '>=', at)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    requester: await count('requester', formatAddress(who.requester)),
    phone: await count('phone', who.phone),
  };
}

/** When the requester last asked for a code, for the one-a-minute limit. */
export async function lastSmsCodeAt(db: Db, requester: Address): Promise<Date | null> {
  const r = await smsTables(db)
    .selectFrom('sms_codes')
    .select('created_at')
    .where('requester', '=', formatAddress(requester))
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r ? new Date(r.created_at) : null;
}
