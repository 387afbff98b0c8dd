/**
 * The local facts an answer needs (station, service hall, vehicle office, village officer), taken
 * from the person's village, so no address or phone number is ever hard-coded in the answers.
 * Shared by every channel (Telegram, the web chat, WeChat) and the CLI.
 */
import { type Locale, localize } from '../locale.js';
import type { PlaceholderFacts } from '../services/placeholders.js';
import type { County, Station, Village } from './places.js';

export interface PlaceOfPerson {
  village: Village;
  station: Station;
  county: County;
}

export function placeFacts(place: PlaceOfPerson | null, locale: Locale): PlaceholderFacts {
  if (!place) return {};
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  const { station, county, village } = place;
  return {
    station_name: l(station.name),
    station_address: l(station.address),
    station_phone: station.phone,
    station_hours: l(station.hours),
    service_hall_name: l(county.serviceHall.name),
    service_hall_address: l(county.serviceHall.address),
    service_hall_phone: county.serviceHall.phone,
    dmv_name: l(county.dmv.name),
    dmv_address: l(county.dmv.address),
    dmv_phone: county.dmv.phone,
    officer_name: l(village.officer.name),
    officer_phone: village.officer.phone,
    county_name: l(county.name),
  };
}
