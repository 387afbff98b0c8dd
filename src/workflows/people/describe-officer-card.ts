/**
 * "Ask my officer" as an information card: the village officer's name and phone (a call
 * choice), the station's address, phone and hours, and the emergency numbers, from the same
 * `officer-card` message the bot sends.
 */
import { type Locale, localize } from '../../domain/locale.js';
import type { VillageContext } from '../../store/places.repository.js';
import { type Described, key } from '../described.js';

export function describeOfficerCard(place: VillageContext | null, locale: Locale): Described {
  if (!place)
    return {
      tone: 'info',
      blocks: [{ type: 'paragraph', text: key('officer-card-no-village') }],
      choices: [],
    };
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  const { village, township, station } = place;
  return {
    tone: 'info',
    blocks: [
      {
        type: 'paragraph',
        text: key('officer-card', {
          village: l(village.name),
          township: l(township.name),
          officer: l(village.officer.name),
          officerPhone: village.officer.phone,
          station: l(station.name),
          stationAddress: l(station.address),
          stationPhone: station.phone,
          stationHours: l(station.hours),
        }),
      },
    ],
    choices: [
      {
        label: key('web-call', { phone: village.officer.phone }),
        action: `call:${village.officer.phone}`,
      },
      { label: key('web-call', { phone: station.phone }), action: `call:${station.phone}` },
    ],
  };
}
