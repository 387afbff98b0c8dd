/**
 * The welcome a follower gets when their village becomes known (a village QR scene, or their
 * village typed by name) or when they follow without one, and the main choices that end it.
 */
import { isLocale, type Locale, localize } from '../../domain/locale.js';
import type { Db } from '../../store/database.js';
import { getVillageContext } from '../../store/places.repository.js';
import type { WechatResident } from '../../store/wechat.repository.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

/** Ids of the main choices, used by menu messages and by the custom menu's CLICK buttons. */
export const MAIN_CHOICES = {
  services: 'main:services',
  scam: 'main:scam',
  officer: 'main:officer',
  report: 'main:report',
  language: 'main:language',
  /** Settings → change one's village (by name), also reached by typing 换村. */
  village: 'main:village',
  /** Settings → 短信通知 (when SMS is configured), also reached by typing 短信通知. */
  sms: 'main:sms',
  /** Settings → 提醒设置 (topics and quiet hours), also reached by typing 提醒设置. */
  reminders: 'main:reminders',
} as const;

export function mainChoices(t: PlainTranslate, locale: Locale): OutgoingMessage[] {
  const item = (id: string, key: string) => ({ id, content: t(locale, key) });
  return [
    {
      type: 'menu',
      head: t(locale, 'wechat-main-head'),
      items: [
        item(MAIN_CHOICES.services, 'wechat-choice-services'),
        item(MAIN_CHOICES.scam, 'wechat-choice-scam'),
        item(MAIN_CHOICES.officer, 'wechat-choice-officer'),
        item(MAIN_CHOICES.report, 'wechat-choice-report'),
      ],
      tail: t(locale, 'wechat-main-tail'),
    },
  ];
}

export async function welcome(
  deps: { db: Db; t: PlainTranslate },
  resident: WechatResident,
): Promise<OutgoingMessage[]> {
  const locale: Locale = isLocale(resident.language) ? resident.language : 'zh-CN';
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  const greeting = place
    ? deps.t(locale, 'wechat-welcome', {
        village: l(place.village.name),
        officer: l(place.village.officer.name),
        phone: place.village.officer.phone,
        station: l(place.station.name),
      })
    : deps.t(locale, 'wechat-welcome-no-village');
  return [{ type: 'text', text: greeting }, ...mainChoices(deps.t, locale)];
}
