/**
 * People the bot knows. A row is created the first time someone talks to the bot; roles change
 * only through admin actions, never through anything a resident can send.
 */

import { sql } from 'kysely';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../domain/locale.js';
import { telegramAddress } from '../domain/people/addresses.js';
import { type Person, ROLES, type Role, type Scope } from '../domain/people/roles.js';
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';
import { ensurePerson, touchAddress } from './people.repository.js';
import type { UserTable } from './schema.js';

/**
 * A person as the Telegram channel stores them: the person, and the Telegram user they are
 * (for the bot's own use: its chat, its command menu). Workflows take it as a `Person`.
 */
export interface TelegramUser extends Person {
  telegramId: number;
}

type Row = UserTable & { person_id: number };

function toPerson(row: Row): TelegramUser {
  const role: Role = (ROLES as readonly string[]).includes(row.role)
    ? (row.role as Role)
    : 'resident';
  const scope =
    (row.scope_kind === 'station' || row.scope_kind === 'township') && row.scope_code
      ? ({ kind: row.scope_kind, code: row.scope_code } as Scope)
      : null;
  return {
    personId: Number(row.person_id),
    telegramId: row.telegram_id,
    firstName: row.first_name,
    language: isLocale(row.language) ? row.language : null,
    villageCode: row.village_code,
    role,
    scope,
    active: row.active === 1,
  };
}

/** `users` joined to the person of its Telegram address (a row without one reads as absent). */
function usersWithPerson(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('person_addresses as pa', (join) =>
      join
        .on('pa.channel', '=', 'telegram')
        .on('pa.address', '=', sql<string>`cast(users.telegram_id as text)`),
    )
    .selectAll('users')
    .select('pa.person_id');
}

/**
 * The first name of the officer a person-id column names (`reports.assigned_officer_id`,
 * `report_events.actor_id`), for reports and exports: a scalar subquery.
 */
export function officerNameOf(personIdColumn: string) {
  return sql<string | null>`(select u.first_name from person_addresses pa
    join users u on pa.address = cast(u.telegram_id as text)
    where pa.channel = 'telegram' and pa.person_id = ${sql.ref(personIdColumn)}
    order by u.telegram_id limit 1)`;
}

/** The stored person behind a Telegram user (the channel's edge), or null. */
export async function getUser(db: Db, telegramId: number): Promise<TelegramUser | null> {
  const row = await usersWithPerson(db)
    .where('users.telegram_id', '=', telegramId)
    .executeTakeFirst();
  return row ? toPerson(row) : null;
}

/**
 * The stored person by our id, as workflows know them: their Telegram profile and role, or null
 * when they have none (a web or WeChat resident). An officer's row wins if a merged person has
 * two Telegram users.
 */
export async function getPerson(db: Db, personId: number): Promise<TelegramUser | null> {
  const rows = await usersWithPerson(db)
    .where('pa.person_id', '=', personId)
    .orderBy('users.telegram_id')
    .execute();
  const row = rows.find((r) => r.role === 'officer') ?? rows[0];
  return row ? toPerson(row) : null;
}

/** How stale a Telegram address's `last_used_at` may get before an update refreshes it. */
const USE_RECORDED_EVERY_MS = 60_000;

/**
 * Creates the user if new; keeps their first name current, and when they last wrote (at most
 * one write a minute, for `tip-address.ts`). Returns the stored person.
 */
export async function ensureUser(
  db: Db,
  telegramId: number,
  firstName: string,
  at = new Date(),
): Promise<TelegramUser> {
  const now = at.toISOString();
  const name = firstName.slice(0, 128);
  // Nearly every update comes from someone already known: one read, and no write but the
  // minute's record of use.
  const row = await usersWithPerson(db)
    .select('pa.last_used_at')
    .where('users.telegram_id', '=', telegramId)
    .executeTakeFirst();
  const known = row ? toPerson(row) : null;
  if (known && known.firstName === name && known.active) {
    const usedAt = row?.last_used_at ? Date.parse(row.last_used_at) : 0;
    if (at.getTime() - usedAt >= USE_RECORDED_EVERY_MS)
      await touchAddress(db, telegramAddress(telegramId), at);
    return known;
  }
  // A new user is a new person (`telegram:<id>`), made in the same transaction.
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('users')
      .values({
        telegram_id: telegramId,
        first_name: name,
        language: null,
        village_code: null,
        role: 'resident',
        scope_kind: null,
        scope_code: null,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('telegram_id').doNothing())
      .execute();
    if (!known) await ensurePerson(trx, telegramAddress(telegramId), new Date(now));
    await touchAddress(trx, telegramAddress(telegramId), at);
    const person = await getUser(trx, telegramId);
    if (!person) throw new Error(`user ${telegramId} vanished after insert`);
    if (person.firstName !== name || !person.active) {
      await trx
        .updateTable('users')
        .set({ first_name: name, active: 1, updated_at: now })
        .where('telegram_id', '=', telegramId)
        .execute();
      return { ...person, firstName: name, active: true };
    }
    return person;
  });
}

export async function setLanguage(db: Db, telegramId: number, language: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ language, updated_at: new Date().toISOString() })
    .where('telegram_id', '=', telegramId)
    .execute();
}

export async function setVillage(db: Db, telegramId: number, villageCode: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ village_code: villageCode, updated_at: new Date().toISOString() })
    .where('telegram_id', '=', telegramId)
    .execute();
}

/** Makes someone an officer with a scope, creating the row if they have not used the bot yet. */
export async function grantOfficer(
  db: Db,
  telegramId: number,
  scope: Scope,
  firstName = '',
): Promise<void> {
  const now = new Date().toISOString();
  const values = {
    role: 'officer',
    scope_kind: scope.kind,
    scope_code: scope.code,
    updated_at: now,
  };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('users')
      .values({
        telegram_id: telegramId,
        first_name: firstName,
        language: null,
        village_code: null,
        active: 1,
        created_at: now,
        ...values,
      })
      .onConflict((oc) => oc.column('telegram_id').doUpdateSet(values))
      .execute();
    await ensurePerson(trx, telegramAddress(telegramId), new Date(now));
  });
}

/** Returns an officer to the resident role. Returns false if they were not an officer. */
export async function revokeOfficer(db: Db, telegramId: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      role: 'resident',
      scope_kind: null,
      scope_code: null,
      updated_at: new Date().toISOString(),
    })
    .where('telegram_id', '=', telegramId)
    .where('role', '=', 'officer')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listOfficers(db: Db): Promise<TelegramUser[]> {
  const rows = await usersWithPerson(db)
    .where('users.role', '=', 'officer')
    .orderBy('users.telegram_id')
    .execute();
  return rows.map(toPerson);
}

export async function markInactive(db: Db, telegramId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ active: 0, updated_at: new Date().toISOString() })
    .where('telegram_id', '=', telegramId)
    .execute();
}

/** The language to write to someone in: theirs if they chose one, else Chinese (groups too). */
export async function localeOfUser(db: Db, telegramId: number): Promise<Locale> {
  const language = (await getUser(db, telegramId))?.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The language to write to a person in on Telegram: theirs if they chose one, else Chinese. */
export async function localeOfPerson(db: Db, personId: number): Promise<Locale> {
  const language = (await getPerson(db, personId))?.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
