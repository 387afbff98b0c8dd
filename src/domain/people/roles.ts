/**
 * Who may do what. Residents use the services; officers act within their scope (a station or a
 * township); admins come from configuration only, so nothing a resident sends can make an admin.
 */
export const ROLES = ['resident', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Scope = { kind: 'station'; code: string } | { kind: 'township'; code: string };

/**
 * A person as far as rights go, known by our own id (`people.id`), never by a channel's id: the
 * channel turns its sender into a person at the edge.
 */
export interface Person {
  personId: number;
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
 * The one effective role of a person right now: admin when configuration names them (whatever
 * the database says; the channel that knows the configured ids decides `configuredAdmin`),
 * otherwise what the database holds, and a plain resident when there is no row at all. Every
 * decision about rights goes through this, so a revoked officer is a resident at once and an
 * admin needs no database row.
 *
 * @example
 * const officer = effectivePerson(personId, await getPerson(db, personId), false);
 */
export function effectivePerson(
  personId: number,
  stored: Person | null,
  configuredAdmin: boolean,
): Person {
  const person = stored ?? {
    personId,
    firstName: '',
    language: null,
    villageCode: null,
    role: 'resident' as const,
    scope: null,
    active: true,
  };
  return configuredAdmin ? { ...person, role: 'admin' } : person;
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
