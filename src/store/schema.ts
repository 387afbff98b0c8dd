/**
 * Row types of the SQL store, as Kysely sees them. Localized names are JSON text
 * (`{"zh-CN": …, "en": …, "mn": …}`) so the same columns work on SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings: portable, and they sort correctly as text.
 */
import type { Generated } from 'kysely';
import type { WechatTables } from './wechat.table.js';

export interface CountyTable {
  id: string;
  name: string;
  service_hall: string;
  dmv: string;
  command_chat_id: number | null;
  /** Raised by every import, so running processes can tell their cached places are stale. */
  places_version: Generated<number>;
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

/** A person of our own (migration 2026-12-07-people); `merged_into` when they turned out to be another. */
export interface PeopleTable {
  id: Generated<number>;
  merged_into: number | null;
  created_at: string;
}

/** One address of a person: `channel` is telegram, web, wechat or sms; unique per channel. */
export interface PersonAddressTable {
  person_id: number;
  channel: string;
  address: string;
  created_at: string;
  /** Telegram only: when the person last wrote from it (migration 2026-12-12), for tips. */
  last_used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** Person id (migration 2026-12-13-officer-persons). */
  actor_id: number | null;
  action: string;
  subject: string | null;
  detail: string;
}

export interface ProcessedUpdateTable {
  update_id: number;
  /** When the current claim (a lease) was taken. */
  received_at: string;
  /** Set once the update was handled; until then a claim older than the lease can be taken over. */
  done_at: string | null;
  chat_id: number | null;
}

/** One replica at a time handles a chat's updates (webhook mode); a lease, like the claims. */
export interface ChatLockTable {
  chat_id: number;
  owner: string;
  expires_at: string;
}

export interface KeyValueTable {
  key: string;
  value: string;
  expires_at: number | null;
}

export interface OfficerQuestionTable {
  id: Generated<number>;
  /** Person id (migration 2026-12-13-officer-persons). */
  asker_id: number;
  village_code: string;
  /** Person id (migration 2026-12-13-officer-persons). */
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

export interface ReportTable {
  id: Generated<number>;
  reference: string;
  submission_key: string;
  kind: string;
  category: string;
  colour: string;
  status: string;
  description: string;
  voice_file_id: string | null;
  village_code: string;
  township_code: string;
  station_code: string;
  latitude: number | null;
  longitude: number | null;
  place_text: string | null;
  outside_county: number;
  occurred_text: string | null;
  anonymous: number;
  /** The named reporter's person (migration 2026-12-08); null when anonymous. */
  reporter_person_id: number | null;
  relay_key: string | null;
  reporter_language: string;
  /** Person id (migration 2026-12-13-officer-persons). */
  assigned_officer_id: number | null;
  reject_reason: string | null;
  satisfaction: string | null;
  created_at: string;
  updated_at: string;
  accepted_at: string | null;
  closed_at: string | null;
  escalated_at: string | null;
  personal_data_removed_at: string | null;
}

export interface ReportEvidenceTable {
  id: Generated<number>;
  report_id: number;
  kind: string;
  file_id: string;
}

export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  at: string;
  /** Person id (migration 2026-12-13-officer-persons). */
  actor_id: number | null;
  type: string;
  body: string | null;
}

export interface ReportRelayTable {
  relay_key: string;
  /** The anonymous reporter's person (migration 2026-12-08). */
  person_id: number;
  created_at: string;
}

/** The web device that filed a report; read only by the web channel (see the 2026-12-04 migration). */
export interface ReportWebReporterTable {
  report_id: number;
  device_id: string;
}

/** The notices outbox (see `notices.repository.ts`). */
export interface NoticeTable {
  id: Generated<number>;
  idempotency_key: string;
  channel: string;
  recipient: string;
  kind: string;
  /** A described message as JSON, never rendered channel markup. */
  payload: string;
  priority: number;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_until: string | null;
  claimed_by: string | null;
  last_error: string | null;
  report_id: number | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export interface ReportNotificationTable {
  report_id: number;
  chat_id: number;
  message_id: number;
}

export interface ReportCounterTable {
  day: string;
  last: number;
}

/** A person's balance (migration 2026-12-07-people: per person, for every channel). */
export interface PointBalanceTable {
  person_id: number;
  balance: number;
}

export interface PointLedgerTable {
  id: Generated<number>;
  /** The Telegram id of rows written before points were per person; null since. */
  user_id: number | null;
  /** Null for points credited through an anonymous report's relay key. */
  person_id: number | null;
  delta: number;
  balance_after: number;
  reason: string;
  report_id: number | null;
  /** Person id (migration 2026-12-13-officer-persons). */
  actor_id: number | null;
  at: string;
  relay_key: string | null;
}

export interface BlocklistTable {
  kind: string;
  value: string;
  count: number;
  /** Person id (migration 2026-12-13-officer-persons). */
  added_by: number | null;
  first_at: string;
  last_at: string;
}

export interface BroadcastTable {
  id: Generated<number>;
  kind: string;
  /** Telegram HTML of a row queued before 2026-12-11 (see `description`); '' after. */
  text: string;
  photo_file_id: string | null;
  /** `HTML` for a pre-2026-12-11 row whose `text` is Telegram HTML. */
  parse_mode: string | null;
  /** The message described (JSON `BroadcastDescription`), rendered by each sender; null before. */
  description: string | null;
  priority: number;
  status: string;
  /** Person id (migration 2026-12-13-officer-persons). */
  author_id: number | null;
  /** Person id (migration 2026-12-13-officer-persons). */
  approver_id: number | null;
  not_before: string | null;
  created_at: string;
  approved_at: string | null;
  started_at: string | null;
  finished_at: string | null;
}

/** The outbox: one row per recipient per broadcast (see src/broadcast/README.md). */
export interface BroadcastRecipientTable {
  broadcast_id: number;
  user_id: number;
  priority: number;
  status: string;
  attempts: number;
  claimed_by: string | null;
  claim_token: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  message_id: number | null;
  error: string | null;
}

/** A Telegram chat's place in each awareness library (its settings are its person's). */
export interface SubscriptionTable {
  user_id: number;
  antifraud_cursor: number;
  legal_cursor: number;
  updated_at: string;
}

export interface CampaignTable {
  id: string;
  paused: number;
  last_run_at: string | null;
}

export interface BroadcastRequestTable {
  id: Generated<number>;
  kind: string;
  texts: string;
  photo_file_id: string | null;
  target: string;
  not_before: string | null;
  /** Person id (migration 2026-12-13-officer-persons). */
  author_id: number;
  status: string;
  /** Person id (migration 2026-12-13-officer-persons). */
  approver_id: number | null;
  direct: number;
  recipients: number;
  broadcast_ids: string;
  reviewers_notified_at: string | null;
  reported_at: string | null;
  created_at: string;
  decided_at: string | null;
}

/** A service question that ended "not sure" or "没解决"; never who asked. */
export interface UnansweredQuestionTable {
  id: Generated<number>;
  outcome: string;
  question: string | null;
  topic_id: string | null;
  band: string;
  village_code: string | null;
  station_code: string | null;
  created_at: string;
}

/** An officer's "right / wrong" on a scam verdict. */
export interface ScamVerdictMarkTable {
  id: Generated<number>;
  mark: string;
  risk: string;
  fraud_type: string | null;
  excerpt: string;
  station_code: string | null;
  created_at: string;
}

export interface Database extends WechatTables {
  county: CountyTable;
  stations: StationTable;
  townships: TownshipTable;
  villages: VillageTable;
  users: UserTable;
  people: PeopleTable;
  person_addresses: PersonAddressTable;
  audit_log: AuditLogTable;
  processed_updates: ProcessedUpdateTable;
  kv: KeyValueTable;
  officer_questions: OfficerQuestionTable;
  reports: ReportTable;
  report_evidence: ReportEvidenceTable;
  report_events: ReportEventTable;
  report_relays: ReportRelayTable;
  report_notifications: ReportNotificationTable;
  report_web_reporters: ReportWebReporterTable;
  notices: NoticeTable;
  report_counters: ReportCounterTable;
  point_balances: PointBalanceTable;
  point_ledger: PointLedgerTable;
  blocklist: BlocklistTable;
  subscriptions: SubscriptionTable;
  campaigns: CampaignTable;
  broadcast_requests: BroadcastRequestTable;
  broadcasts: BroadcastTable;
  broadcast_recipients: BroadcastRecipientTable;
  chat_locks: ChatLockTable;
  unanswered_questions: UnansweredQuestionTable;
  scam_verdict_marks: ScamVerdictMarkTable;
}
