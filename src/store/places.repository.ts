/**
 * Villages, townships, stations and the county, as plain functions over a `Db` or a transaction.
 */
import type { LocalizedText } from '../domain/locale.js';
import { type Address, telegramAddress } from '../domain/people/addresses.js';
import type {
  County,
  CountyData,
  Office,
  Station,
  Township,
  Village,
} from '../domain/people/places.js';
import type { Inbox } from '../domain/reports/destinations.js';
import type { Db } from './database.js';
import type { CountyTable, StationTable, TownshipTable, VillageTable } from './schema.js';

const json = (value: unknown) => JSON.stringify(value);
const text = (value: string) => JSON.parse(value) as LocalizedText;

/**
 * Groups and officers are stored by their Telegram ids (the county file's `chat_id`,
 * `command_chat_id`, `telegram_id`); the places hold them as addresses, which only the
 * Telegram channel looks into.
 */
const fromChat = (id: number | null): Address | null =>
  id === null ? null : telegramAddress(Number(id));

function toChat(address: Address | null, what: string): number | null {
  if (address === null) return null;
  if (address.channel !== 'telegram' || !/^-?\d+$/.test(address.address))
    throw new Error(
      `${what}: only Telegram ids can be stored here, not ${address.channel}:${address.address}; ` +
        'give a Telegram group or user id in the county file',
    );
  return Number(address.address);
}

function toStation(row: StationTable): Station {
  return {
    code: row.code,
    name: text(row.name),
    address: text(row.address),
    phone: row.phone,
    hours: text(row.hours),
    inbox: fromChat(row.chat_id),
  };
}

function toTownship(row: TownshipTable): Township {
  return {
    code: row.code,
    stationCode: row.station_code,
    name: text(row.name),
    commandInbox: fromChat(row.command_chat_id),
  };
}

function toVillage(row: VillageTable): Village {
  return {
    code: row.code,
    townshipCode: row.township_code,
    name: text(row.name),
    officer: {
      name: text(row.officer_name),
      phone: row.officer_phone,
      address: fromChat(row.officer_telegram_id),
    },
    location:
      row.latitude !== null && row.longitude !== null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null,
  };
}

export interface ImportResult {
  stations: number;
  townships: number;
  villages: number;
  /** Villages missing from the file but kept because residents are registered there. */
  keptVillages: string[];
}

/** Replaces the county's places with the file's, in one transaction: all or nothing. */
export async function importCountyData(db: Db, data: CountyData): Promise<ImportResult> {
  return db.transaction().execute(async (trx) => {
    const c = data.county;
    const county = {
      name: json(c.name),
      service_hall: json(c.serviceHall),
      dmv: json(c.dmv),
      command_chat_id: toChat(c.commandInbox, 'county command inbox'),
    };
    await trx
      .insertInto('county')
      .values({ id: 'main', ...county })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          ...county,
          // Tells running processes (the bot caches places) that what they hold is stale.
          places_version: eb('county.places_version', '+', 1),
        })),
      )
      .execute();
    for (const s of data.stations) {
      const row = {
        name: json(s.name),
        address: json(s.address),
        phone: s.phone,
        hours: json(s.hours),
        chat_id: toChat(s.inbox, `station ${s.code}`),
      };
      await trx
        .insertInto('stations')
        .values({ code: s.code, ...row })
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const t of data.townships) {
      const row = {
        station_code: t.stationCode,
        name: json(t.name),
        command_chat_id: toChat(t.commandInbox, `township ${t.code}`),
      };
      await trx
        .insertInto('townships')
        .values({ code: t.code, ...row })
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const v of data.villages) {
      const row = {
        township_code: v.townshipCode,
        name: json(v.name),
        officer_name: json(v.officer.name),
        officer_phone: v.officer.phone,
        officer_telegram_id: toChat(v.officer.address, `officer of village ${v.code}`),
        latitude: v.location?.latitude ?? null,
        longitude: v.location?.longitude ?? null,
      };
      await trx
        .insertInto('villages')
        .values({ code: v.code, ...row })
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }

    const inFile = new Set(data.villages.map((v) => v.code));
    const stale = (await trx.selectFrom('villages').select('code').execute())
      .map((r) => r.code)
      .filter((c) => !inFile.has(c));
    const keptVillages: string[] = [];
    for (const code of stale) {
      const used = await trx
        .selectFrom('users')
        .select('telegram_id')
        .where('village_code', '=', code)
        .limit(1)
        .executeTakeFirst();
      if (used) keptVillages.push(code);
      else await trx.deleteFrom('villages').where('code', '=', code).execute();
    }
    return {
      stations: data.stations.length,
      townships: data.townships.length,
      villages: data.villages.length,
      keptVillages,
    };
  });
}

export async function countVillages(db: Db): Promise<number> {
  const row = await db
    .selectFrom('villages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getCounty(db: Db): Promise<County | null> {
  const row = await db.selectFrom('county').selectAll().where('id', '=', 'main').executeTakeFirst();
  return row ? toCounty(row) : null;
}

function toCounty(row: Omit<CountyTable, 'places_version'>): County {
  return {
    name: text(row.name),
    serviceHall: JSON.parse(row.service_hall) as Office,
    dmv: JSON.parse(row.dmv) as Office,
    commandInbox: fromChat(row.command_chat_id),
  };
}

export async function listStations(db: Db): Promise<Station[]> {
  return (await db.selectFrom('stations').selectAll().orderBy('code').execute()).map(toStation);
}

export async function listTownships(db: Db): Promise<Township[]> {
  return (await db.selectFrom('townships').selectAll().orderBy('code').execute()).map(toTownship);
}

export async function getTownship(db: Db, code: string): Promise<Township | null> {
  const row = await db
    .selectFrom('townships')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toTownship(row) : null;
}

export async function listVillages(db: Db, townshipCode?: string): Promise<Village[]> {
  let query = db.selectFrom('villages').selectAll().orderBy('code');
  if (townshipCode) query = query.where('township_code', '=', townshipCode);
  return (await query.execute()).map(toVillage);
}

export async function getVillage(db: Db, code: string): Promise<Village | null> {
  const row = await db
    .selectFrom('villages')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toVillage(row) : null;
}

/** Everything about a village in one read: used for officer cards and routing. */
export interface VillageContext {
  village: Village;
  township: Township;
  station: Station;
  county: County;
}

/**
 * The number every import raises; 0 before the first import. One cheap read, so a process that
 * caches places can check it every second instead of reading the places on every update.
 */
export async function placesVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('county')
    .select('places_version')
    .where('id', '=', 'main')
    .executeTakeFirst();
  return Number(row?.places_version ?? 0);
}

/**
 * One query for the four tables: nearly every update needs this, and on SQLite every query
 * makes the other updates wait.
 */
export async function getVillageContext(db: Db, code: string): Promise<VillageContext | null> {
  const row = await db
    .selectFrom('villages as v')
    .innerJoin('townships as t', 't.code', 'v.township_code')
    .innerJoin('stations as s', 's.code', 't.station_code')
    .innerJoin('county as c', (join) => join.on('c.id', '=', 'main'))
    .select([
      'v.code as v_code',
      'v.township_code as v_township_code',
      'v.name as v_name',
      'v.officer_name as v_officer_name',
      'v.officer_phone as v_officer_phone',
      'v.officer_telegram_id as v_officer_telegram_id',
      'v.latitude as v_latitude',
      'v.longitude as v_longitude',
      't.code as t_code',
      't.station_code as t_station_code',
      't.name as t_name',
      't.command_chat_id as t_command_chat_id',
      's.code as s_code',
      's.name as s_name',
      's.address as s_address',
      's.phone as s_phone',
      's.hours as s_hours',
      's.chat_id as s_chat_id',
      'c.name as c_name',
      'c.service_hall as c_service_hall',
      'c.dmv as c_dmv',
      'c.command_chat_id as c_command_chat_id',
    ])
    .where('v.code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  return {
    village: toVillage({
      code: row.v_code,
      township_code: row.v_township_code,
      name: row.v_name,
      officer_name: row.v_officer_name,
      officer_phone: row.v_officer_phone,
      officer_telegram_id: row.v_officer_telegram_id,
      latitude: row.v_latitude,
      longitude: row.v_longitude,
    }),
    township: toTownship({
      code: row.t_code,
      station_code: row.t_station_code,
      name: row.t_name,
      command_chat_id: row.t_command_chat_id,
    }),
    station: toStation({
      code: row.s_code,
      name: row.s_name,
      address: row.s_address,
      phone: row.s_phone,
      hours: row.s_hours,
      chat_id: row.s_chat_id,
    }),
    county: toCounty({
      id: 'main',
      name: row.c_name,
      service_hall: row.c_service_hall,
      dmv: row.c_dmv,
      command_chat_id: row.c_command_chat_id,
    }),
  };
}

/**
 * The address an officers' inbox resolves to now, by the rule of `domain/reports/destinations.ts`
 * (a station's group, else the village officer; a township's command group, else the county's),
 * or null when none is configured. The channel that sends calls this, not the workflows.
 */
export async function inboxAddressNow(db: Db, inbox: Inbox): Promise<Address | null> {
  if (inbox.kind === 'station') {
    const station = await db
      .selectFrom('stations')
      .select('chat_id')
      .where('code', '=', inbox.station)
      .executeTakeFirst();
    if (station && station.chat_id !== null) return fromChat(station.chat_id);
    if (!('village' in inbox)) return null;
    const village = await db
      .selectFrom('villages')
      .select('officer_telegram_id')
      .where('code', '=', inbox.village)
      .executeTakeFirst();
    return fromChat(village?.officer_telegram_id ?? null);
  }
  if (inbox.township) {
    const township = await getTownship(db, inbox.township);
    if (township?.commandInbox) return township.commandInbox;
  }
  return (await getCounty(db))?.commandInbox ?? null;
}
