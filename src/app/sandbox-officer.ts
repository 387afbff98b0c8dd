/**
 * The sandbox has one officer persona answering for every village of the first station. So that
 * the officer card a villager sees, the "ask my officer" prompt and the persona you act as all
 * name the same person, the routed villages take the first village's officer (name and phone,
 * from the county file), and the persona is named after that officer.
 */
import type { LocalizedText } from '../domain/locale.js';
import type { Db } from '../store/database.js';

/**
 * Routes every village of the station to the sandbox officer under one name, and returns that
 * name (undefined when the station has no villages).
 */
export async function alignSandboxOfficer(
  db: Db,
  stationCode: string,
  officerId: number,
): Promise<LocalizedText | undefined> {
  const villages = await db
    .selectFrom('villages')
    .innerJoin('townships', 'townships.code', 'villages.township_code')
    .select(['villages.code', 'villages.officer_name', 'villages.officer_phone'])
    .where('townships.station_code', '=', stationCode)
    .orderBy('villages.code')
    .execute();
  const [first] = villages;
  if (!first) return undefined;
  await db
    .updateTable('villages')
    .set({
      officer_telegram_id: officerId,
      officer_name: first.officer_name,
      officer_phone: first.officer_phone,
    })
    .where(
      'code',
      'in',
      villages.map((v) => v.code),
    )
    .execute();
  return JSON.parse(first.officer_name) as LocalizedText;
}
