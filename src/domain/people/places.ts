/**
 * The county's places as the bot needs them: which station serves a village and who its
 * village officer (一村一辅警) is. Loaded from a file the county admin edits.
 */
import type { LocalizedText } from '../locale.js';
import type { Address } from './addresses.js';

export interface Office {
  name: LocalizedText;
  address: LocalizedText;
  phone: string;
  hours: LocalizedText;
}

export interface County {
  name: LocalizedText;
  /** The county government service hall (政务服务中心) with its public-security windows. */
  serviceHall: Office;
  /** The county traffic police vehicle and licence office (车管所). */
  dmv: Office;
  /**
   * Where the county command centre reads reports (一警双报): its officers' group on a channel,
   * if configured. Only a channel resolves it; workflows address the inbox (`command:county`).
   */
  commandInbox: Address | null;
}

export interface Station extends Office {
  code: string;
  /** The station's officers' group, where reports and reviews arrive, if configured. */
  inbox: Address | null;
}

export interface Township {
  code: string;
  stationCode: string;
  name: LocalizedText;
  /** Overrides the county's command inbox for this township, if set. */
  commandInbox: Address | null;
}

export interface VillageOfficer {
  name: LocalizedText;
  phone: string;
  /** Where the officer is reached in person: the fallback for a station without a group. */
  address: Address | null;
}

export interface Village {
  code: string;
  townshipCode: string;
  name: LocalizedText;
  officer: VillageOfficer;
  /** Approximate centre, used to flag reported locations far outside the county. */
  location: { latitude: number; longitude: number } | null;
}

export interface CountyData {
  county: County;
  stations: Station[];
  townships: Township[];
  villages: Village[];
}
