/**
 * 一警双报: a new report goes at the same time to the station (its group, or the village officer
 * when the station has no group) and to the command chat of the township, or else the county.
 * The one place this rule lives: the submit workflow enqueues a card per destination, and the
 * Telegram adapter uses it to know which card shows the exact place.
 */
export interface Destination {
  chatId: number;
  /** The command chat sees exact coordinates; the station does not. */
  command: boolean;
}

export interface PlaceChats {
  village: { officer: { telegramId: number | null } };
  station: { chatId: number | null };
  township: { commandChatId: number | null };
  county: { commandChatId: number | null };
}

export function reportDestinations(place: PlaceChats): Destination[] {
  const station = place.station.chatId ?? place.village.officer.telegramId;
  const command = place.township.commandChatId ?? place.county.commandChatId;
  const out: Destination[] = [];
  if (station !== null) out.push({ chatId: station, command: false });
  if (command !== null && command !== station) out.push({ chatId: command, command: true });
  return out;
}
