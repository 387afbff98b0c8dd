/**
 * Row types of the SQL store, as Kysely sees them. Localized names are JSON text
 * (`{"zh-CN": …, "en": …, "mn": …}`) so the same columns work on SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings: portable, and they sort correctly as text.
 */
import type { Generated } from 'kysely';

export interface CountyTable {
  id: string;
  name: string;
  service_hall: string;
  dmv: string;
  command_chat_id: number | null;
}

export interface StationTable {
  code: string;
  name: string;
  address: string;
  phone: string;
  hours: string;
  chat_id: number | null;
}

export interface TownshipTable {
  code: string;
  station_code: string;
  name: string;
  command_chat_id: number | null;
}

export interface VillageTable {
  code: string;
  township_code: string;
  name: string;
  officer_name: string;
  officer_phone: string;
  officer_telegram_id: number | null;
  latitude: number | null;
  longitude: number | null;
}

export interface UserTable {
  telegram_id: number;
  first_name: string;
  language: string | null;
  village_code: string | null;
  role: string;
  scope_kind: string | null;
  scope_code: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  action: string;
  subject: string | null;
  detail: string;
}

export interface ProcessedUpdateTable {
  update_id: number;
  received_at: string;
}

export interface KeyValueTable {
  key: string;
  value: string;
  expires_at: number | null;
}

export interface OfficerQuestionTable {
  id: Generated<number>;
  asker_id: number;
  village_code: string;
  officer_id: number | null;
  topic_id: string | null;
  question: string;
  share_contact: number;
  status: string;
  officer_chat_id: number | null;
  officer_message_id: number | null;
  answer: string | null;
  created_at: string;
  answered_at: string | null;
  reminded_at: string | null;
}

export interface Database {
  county: CountyTable;
  stations: StationTable;
  townships: TownshipTable;
  villages: VillageTable;
  users: UserTable;
  audit_log: AuditLogTable;
  processed_updates: ProcessedUpdateTable;
  kv: KeyValueTable;
  officer_questions: OfficerQuestionTable;
}
