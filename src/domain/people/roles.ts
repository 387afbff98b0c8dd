/**
 * Who may do what. Residents use the services; officers act within their scope (a station or a
 * township); admins come from configuration only, so nothing a resident sends can make an admin.
 */
export const ROLES = ['resident', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Scope = { kind: 'station'; code: string } | { kind: 'township'; code: string };

export interface Person {
  telegramId: number;
  firstName: string;
  language: string | null;
  villageCode: string | null;
  role: Role;
  scope: Scope | null;
  active: boolean;
}

/** Where a village sits, as far as scopes are concerned. */
export interface VillagePlace {
  villageCode: string;
  townshipCode: string;
  stationCode: string;
}

/**
 * The one effective role of a person right now: admin when their id is in the configured admin
 * list (whatever the database says), otherwise what the database holds, and a plain resident
 * when there is no row at all. Every decision about rights goes through this, so a revoked
 * officer is a resident at once and an admin needs no database row.
 */
export function effectivePerson(
  id: number,
  stored: Person | null,
  adminIds: ReadonlySet<number>,
): Person {
  const person = stored ?? {
    telegramId: id,
    firstName: '',
    language: null,
    villageCode: null,
    role: 'resident' as const,
    scope: null,
    active: true,
  };
  return adminIds.has(id) ? { ...person, role: 'admin' } : person;
}

export function isStaff(person: Pick<Person, 'role'> | null | undefined): boolean {
  return person?.role === 'officer' || person?.role === 'admin';
}

/** Admins cover the whole county; officers only their station or township; residents nothing. */
export function covers(person: Pick<Person, 'role' | 'scope'>, place: VillagePlace): boolean {
  if (person.role === 'admin') return true;
  if (person.role !== 'officer' || !person.scope) return false;
  return person.scope.kind === 'station'
    ? person.scope.code === place.stationCode
    : person.scope.code === place.townshipCode;
}

/** Parses `station:ST01` / `township:T01` as typed by an admin. */
export function parseScope(text: string): Scope | null {
  const match = /^(station|township):([A-Za-z0-9_-]{1,32})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { kind: match[1] as Scope['kind'], code: match[2] };
}

export function formatScope(scope: Scope): string {
  return `${scope.kind}:${scope.code}`;
}
