/**
 * The county's places as the bot needs them: which station serves a village and who its
 * village officer (一村一辅警) is. Loaded from a file the county admin edits.
 */
import type { LocalizedText } from '../locale.js';

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
  /** Telegram group of the county command centre (一警双报), if configured. */
  commandChatId: number | null;
}

export interface Station extends Office {
  code: string;
  /** Telegram group of the station, where reports and reviews arrive. */
  chatId: number | null;
}

export interface Township {
  code: string;
  stationCode: string;
  name: LocalizedText;
  /** Overrides the county command group for this township, if set. */
  commandChatId: number | null;
}

export interface VillageOfficer {
  name: LocalizedText;
  phone: string;
  telegramId: number | null;
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
