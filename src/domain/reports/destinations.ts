/**
 * 一警双报: a new report goes at the same time to the station (its group, or the village officer
 * when the station has no group) and to the command inbox of the township, or else the county.
 * The one place this rule lives: the submit workflow enqueues a card per destination, and the
 * Telegram adapter uses it to know which card shows the exact place.
 *
 * A destination is an inbox, named by the place it serves (`station:ST01@V01`, `command:county`),
 * never by a chat: the notice stores that name and the channel resolves it when it sends, so a
 * group the county re-configures (a Telegram group upgraded to a supergroup gets a new id) still
 * gets the cards queued before. Whether two inboxes are one chat is decided here, from the
 * places' addresses: one chat gets one card (the station's, without the exact place).
 *
 * @example
 * reportDestinations(place);
 * // → [{ inbox: { kind: 'station', station: 'ST01', village: 'V01' }, command: false },
 * //    { inbox: { kind: 'command', township: 'T01' }, command: true }]
 * inboxKey({ kind: 'command', township: 'T01' }); // → 'command:township:T01'
 */

import type { NoticeChannel } from '../notices/notice.js';
import type { Address } from '../people/addresses.js';

export type Inbox =
  /** The station's group only (digests, weekly reviews): `station:ST01`. */
  | { kind: 'station'; station: string }
  /** The station's group, or else the village officer: `station:ST01@V01`. */
  | { kind: 'station'; station: string; village: string }
  /** The township's command inbox, or else the county's: `command:township:T01`. */
  | { kind: 'command'; township: string }
  /** The county's command inbox: `command:county`. */
  | { kind: 'command'; township?: undefined };

export interface Destination {
  inbox: Inbox;
  /** The command inbox sees exact coordinates; the station does not. */
  command: boolean;
}

/**
 * Officers' inboxes are Telegram groups and chats today: the Telegram channel resolves them.
 * A second channel for officers would resolve the same keys.
 */
export const INBOX_CHANNEL: NoticeChannel = 'telegram';

/** What the rule needs to know of a village's place: codes and configured addresses. */
export interface PlaceInboxes {
  village: { code: string; officer: { address: Address | null } };
  township: { code: string; commandInbox: Address | null };
  station: { code: string; inbox: Address | null };
  county: { commandInbox: Address | null };
}

const same = (a: Address, b: Address) => a.channel === b.channel && a.address === b.address;

export function reportDestinations(place: PlaceInboxes): Destination[] {
  const station = place.station.inbox ?? place.village.officer.address;
  const command = place.township.commandInbox ?? place.county.commandInbox;
  const out: Destination[] = [];
  if (station !== null)
    out.push({
      inbox: { kind: 'station', station: place.station.code, village: place.village.code },
      command: false,
    });
  if (command !== null && !(station !== null && same(command, station)))
    out.push({
      inbox: place.township.commandInbox
        ? { kind: 'command', township: place.township.code }
        : { kind: 'command' },
      command: true,
    });
  return out;
}

/** The address an inbox resolves to, by the same rule (for the channel that sends). */
export function inboxAddress(place: PlaceInboxes, inbox: Inbox): Address | null {
  if (inbox.kind === 'station')
    return place.station.inbox ?? ('village' in inbox ? place.village.officer.address : null);
  return (inbox.township ? place.township.commandInbox : null) ?? place.county.commandInbox;
}

/** The notice recipient for an inbox: `station:ST01`, `station:ST01@V01`, `command:township:T01`, `command:county`. */
export function inboxKey(inbox: Inbox): string {
  if (inbox.kind === 'station')
    return 'village' in inbox
      ? `station:${inbox.station}@${inbox.village}`
      : `station:${inbox.station}`;
  return inbox.township ? `command:township:${inbox.township}` : 'command:county';
}

/** Reads an inbox key back; null for any other recipient (a chat id, a relay, a card set). */
export function parseInbox(key: string): Inbox | null {
  if (key === 'command:county') return { kind: 'command' };
  if (key.startsWith('command:township:')) {
    const township = key.slice('command:township:'.length);
    return township ? { kind: 'command', township } : null;
  }
  if (!key.startsWith('station:')) return null;
  const rest = key.slice('station:'.length);
  const at = rest.indexOf('@');
  if (at < 0) return rest ? { kind: 'station', station: rest } : null;
  const station = rest.slice(0, at);
  const village = rest.slice(at + 1);
  return station && village ? { kind: 'station', station, village } : null;
}

/**
 * The recipient of "bring every card of report N up to date": which chats and messages those
 * are is the sending channel's record (`report_notifications`), not the workflow's.
 */
export const reportCardsKey = (reportId: number): string => `cards:${reportId}`;

/** The report id of a `cards:<id>` recipient; null for any other. */
export function parseReportCardsKey(key: string): number | null {
  const match = /^cards:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}
