/**
 * 找驻村民警 on WeChat: the follower's village officer and station (name, phone, address,
 * hours), or how to tell us the village when we do not know it yet.
 */
import { type Locale, localize } from '../../domain/locale.js';
import type { Db } from '../../store/database.js';
import { getVillageContext } from '../../store/places.repository.js';
import type { WechatResident } from '../../store/wechat.repository.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

export async function officerCard(
  deps: { db: Db; t: PlainTranslate },
  resident: WechatResident,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  if (!place) return [{ type: 'text', text: deps.t(locale, 'wechat-officer-no-village') }];
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  return [
    {
      type: 'text',
      text: deps.t(locale, 'wechat-officer', {
        officer: l(place.village.officer.name),
        phone: place.village.officer.phone,
        station: l(place.station.name),
        address: l(place.station.address),
        hours: l(place.station.hours),
        stationPhone: place.station.phone,
      }),
    },
  ];
}
