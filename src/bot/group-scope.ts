/**
 * Which part of the county a group chat stands for (a station's group, a township's or the
 * county's command group), and whether an officer may use officer commands there. Answers in a
 * group are read by everyone in it, so an officer of another station is refused, not answered.
 */
import type { Person } from '../domain/people/roles.js';
import type { Db } from '../store/database.js';
import { getCounty, listStations, listTownships } from '../store/places.repository.js';
import { stationOfPerson } from '../workflows/broadcasts/announce-requests.js';
import { telegramChat } from './notices/inbox-chats.js';

export type GroupJurisdiction =
  | { kind: 'county' }
  | { kind: 'station'; code: string }
  | { kind: 'township'; code: string; stationCode: string };

export async function jurisdictionOfChat(
  db: Db,
  chatId: number,
): Promise<GroupJurisdiction | null> {
  const station = (await listStations(db)).find((s) => telegramChat(s.inbox) === chatId);
  if (station) return { kind: 'station', code: station.code };
  const township = (await listTownships(db)).find((t) => telegramChat(t.commandInbox) === chatId);
  if (township) return { kind: 'township', code: township.code, stationCode: township.stationCode };
  if (telegramChat((await getCounty(db))?.commandInbox) === chatId) return { kind: 'county' };
  return null;
}

/** Admins everywhere; officers in the county group, and in their own station's or township's. */
export async function mayUseInGroup(
  db: Db,
  person: Person | null,
  where: GroupJurisdiction,
): Promise<boolean> {
  if (person?.role === 'admin') return true;
  if (person?.role !== 'officer' || !person.scope) return false;
  if (where.kind === 'county') return true;
  const station = await stationOfPerson(db, person);
  if (where.kind === 'station') return station === where.code;
  if (person.scope.kind === 'township') return person.scope.code === where.code;
  return station === where.stationCode;
}
