/**
 * The SMS channel's tables, declared here rather than in `schema.ts`: only the SMS code reads
 * them, and `withTables` adds them to the shared `Db` type where they are used.
 */
import type { Generated } from 'kysely';
import type { Db } from './database.js';

export interface SmsAddressTable {
  id: Generated<number>;
  /** `+86` and 11 digits (domain/people/phone-number.ts). Personal data: never logged. */
  phone: string;
  village_code: string | null;
  language: string;
  consent: string;
  device_id: string | null;
  urgent: number;
  report_news: number;
  verified_at: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SmsCodeTable {
  id: Generated<number>;
  /** Who asked for the code, as an address: `web:<device id>` or `wechat:<openid>`. */
  requester: string;
  phone: string;
  code_hash: string | null;
  salt: string;
  tries: number;
  expires_at: string | null;
  used_at: string | null;
  created_at: string;
}

export interface SmsMessageTable {
  id: Generated<number>;
  notice_id: number;
  phone: string;
  provider: string;
  provider_message_id: string;
  template: string;
  status: string;
  error: string | null;
  sent_at: string;
  status_at: string;
}

export type SmsTables = {
  sms_addresses: SmsAddressTable;
  sms_codes: SmsCodeTable;
  sms_messages: SmsMessageTable;
};

export const smsTables = (db: Db) => db.withTables<SmsTables>();
