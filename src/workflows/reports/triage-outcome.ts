/**
 * What a triage workflow returns: plain data a channel renders. `done` changed the report (and
 * wrote its history and audit rows in the same transaction); every other outcome changed nothing.
 * A change enqueues its notices in the same transaction (`report-notices.ts`): the edits of the
 * officers' cards and, described by `notice` (a locale key and variables), the reporter's news,
 * which each channel renders in the reporter's language when the notice loop delivers it.
 */
import type { NewNotice } from '../../domain/notices/notice.js';
import type { Person } from '../../domain/people/roles.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';

export interface TriageDeps {
  db: Db;
  now: () => Date;
  /** The WeChat account has a notice template (see `ReportNoticesInput.wechatTemplate`). */
  wechatTemplate?: boolean | undefined;
}

/** Who pressed: the effective person (by our id), as the channel resolved them for this update. */
export type Officer = Pick<Person, 'personId' | 'firstName' | 'role' | 'scope'>;

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
  | ({
      outcome: 'done';
      report: Report;
      notice?: ReporterNotice;
      /** What the change enqueued, in its transaction: card edits and the reporter's news. */
      notices: NewNotice[];
    } & Extra)
  | { outcome: 'unchanged'; report: Report; reason: string };
