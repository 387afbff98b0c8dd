/**
 * A web device's place in each awareness library, as `subscriptions` keeps a Telegram chat's.
 * The device's settings (topics, quiet hours) are its person's, in `person_subscriptions`
 * (migration 2026-12-09-person-settings); this table stays for the places, which are per
 * address: a tip shown in the web chat has not been seen in Telegram.
 */
import type { Generated } from 'kysely';

export interface WebSubscriptionTable {
  device_id: string;
  /** The device's next item in each awareness library (0 for a new row). */
  antifraud_cursor: Generated<number>;
  legal_cursor: Generated<number>;
  updated_at: string;
}
