/**
 * Officers' inboxes on Telegram. Workflows address a station's or a command inbox by the place it
 * serves (`station:ST01@V01`, `command:township:T01`, see `domain/reports/destinations.ts`); here,
 * when a notice is sent, the inbox becomes the chat configured for it now: the station's group or
 * else the village officer's chat, the township's command group or else the county's.
 */
import type { Address } from '../../domain/people/addresses.js';
import { type Inbox, inboxAddress, reportDestinations } from '../../domain/reports/destinations.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';
import { getVillageContext, inboxAddressNow } from '../../store/places.repository.js';

/** The Telegram chat of an address; null when there is none or it is on another channel. */
export function telegramChat(address: Address | null | undefined): number | null {
  if (address?.channel !== 'telegram') return null;
  const id = Number(address.address);
  return Number.isSafeInteger(id) ? id : null;
}

/** The chat an inbox resolves to now; null when the county configured none for it. */
export async function inboxChat(db: Db, inbox: Inbox): Promise<number | null> {
  return telegramChat(await inboxAddressNow(db, inbox));
}

/**
 * The chat that sees the report's exact place: its command chat, unless that is also the
 * station's chat (then the one card there is the station's, without it). Null when none.
 */
export async function exactPlaceChat(db: Db, report: Report): Promise<number | null> {
  const place = await getVillageContext(db, report.villageCode);
  if (!place) return null;
  const command = reportDestinations(place).find((d) => d.command);
  return command ? telegramChat(inboxAddress(place, command.inbox)) : null;
}
