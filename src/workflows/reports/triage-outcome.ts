/**
 * What a triage workflow returns: plain data a channel renders. `done` changed the report (and
 * wrote its history and audit rows in the same transaction); every other outcome changed nothing.
 * A notice for the reporter is described by its locale key and variables; the channel delivers it
 * in the reporter's language after the transaction has committed.
 */
import type { Person } from '../../domain/people/roles.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';

export interface TriageDeps {
  db: Db;
  now: () => Date;
}

/** Who pressed: the effective person, as the channel resolved them for this update. */
export type Officer = Pick<Person, 'telegramId' | 'firstName' | 'role' | 'scope'>;

export interface ReporterNotice {
  key: string;
  vars: Record<string, string>;
}

export type Refused = { outcome: 'refused'; why: 'unknown-report' | 'out-of-scope' };

/** The button belonged to an older state of the card: nothing changed; here is the report now. */
export type Stale = { outcome: 'stale'; report: Report };

export type TriageResult<Extra = object> =
  | Refused
  | Stale
  | ({ outcome: 'done'; report: Report; notice?: ReporterNotice } & Extra)
  | { outcome: 'unchanged'; report: Report; reason: string };
