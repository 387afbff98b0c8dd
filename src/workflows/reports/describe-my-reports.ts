/**
 * 我的反映 described for any channel: the reporter's own reports with their status in plain words,
 * and one report with what happened to it, read from the database (so officers' replies and
 * questions show here even if a notice about them never arrived). The police's alert colour and
 * internal notes are not the reporter's to see and are never described.
 *
 * @example
 * const list = await describeMyReports(db, { personId });
 * const one = await describeMyReport(db, { personId }, 42, 'Asia/Shanghai'); // null: not theirs
 */
import type { Report } from '../../domain/reports/report.js';
import {
  awaitsAnswer,
  type ReporterEntry,
  toReporterHistory,
} from '../../domain/reports/reporter-history.js';
import { isOpen } from '../../domain/reports/status.js';
import type { Db } from '../../store/database.js';
import { reporterEvents } from '../../store/report-history.repository.js';
import { reportsOfPerson } from '../../store/reports.repository.js';
import { type Block, type Choice, type Described, data, key } from '../described.js';
import { countyTime } from './report-history.js';
import { ownReport } from './reporter-addition.js';
import type { Reporter } from './submit-report.js';

/** How many of their reports a reporter sees in the list. */
export const MY_REPORTS_SHOWN = 20;
/** History entries shown with one report (the newest). */
const HISTORY_SHOWN = 30;

export function reportsOf(db: Db, reporter: Reporter, limit = MY_REPORTS_SHOWN): Promise<Report[]> {
  return reportsOfPerson(db, reporter.personId, limit);
}

export async function describeMyReports(db: Db, reporter: Reporter): Promise<Described> {
  const reports = await reportsOf(db, reporter);
  if (reports.length === 0)
    return {
      tone: 'info',
      blocks: [{ type: 'paragraph', text: key('my-reports-none') }],
      choices: [],
    };
  return {
    tone: 'info',
    blocks: [
      { type: 'title', text: key('web-mine-title') },
      { type: 'note', text: key('web-mine-device-only') },
    ],
    choices: reports.map((r) => ({
      label: key('web-mine-choice', {
        reference: r.reference,
        status: { key: `status-${r.status}` },
      }),
      action: `myreport:${r.id}`,
    })),
  };
}

function entryBlock(e: ReporterEntry, timeZone: string) {
  const at = countyTime(e.at, timeZone);
  switch (e.kind) {
    case 'filed':
      return key('web-mine-h-filed', { at });
    case 'status':
      return key('web-mine-h-status', { at, status: { key: `status-${e.status}` } });
    case 'evidence':
      return key('web-mine-h-evidence', { at, kind: { key: `evidence-kind-${e.file}` } });
    default:
      return key(`web-mine-h-${e.kind}`, { at, text: e.text });
  }
}

/** One of the reporter's reports with its history; null when it is not theirs (or not there). */
export async function describeMyReport(
  db: Db,
  reporter: Reporter,
  reportId: number,
  timeZone: string,
  added?: { reference: string },
): Promise<Described | null> {
  const report = await ownReport(db, reporter, reportId);
  if (!report) return null;
  const entries = toReporterHistory(await reporterEvents(db, report.id));
  const shown = entries.slice(-HISTORY_SHOWN);
  const blocks: Block[] = [];
  if (added)
    blocks.push({
      type: 'paragraph',
      text: key('web-mine-added', { reference: report.reference }),
    });
  blocks.push(
    { type: 'title', text: key('web-mine-report-title', { reference: report.reference }) },
    {
      type: 'field',
      label: key('web-mine-status'),
      value: key(`status-${report.status}`),
    },
    {
      type: 'field',
      label: key('web-mine-category'),
      value: key(`report-cat-${report.category}`),
    },
    { type: 'field', label: key('web-mine-description'), value: data(report.description) },
  );
  if (report.status === 'rejected' && report.rejectReason)
    blocks.push({ type: 'field', label: key('web-mine-reason'), value: data(report.rejectReason) });
  blocks.push({
    type: 'list',
    label: key('web-mine-history'),
    items: shown.map((e) => entryBlock(e, timeZone)),
  });
  const open = isOpen(report.status);
  if (open && awaitsAnswer(entries))
    blocks.push({ type: 'note', text: key('web-mine-officer-asks') });
  if (!open) blocks.push({ type: 'note', text: key('web-mine-closed') });
  const choices: Choice[] = [];
  if (open) choices.push({ label: key('web-mine-add'), action: `addinfo:${report.id}` });
  choices.push({ label: key('web-mine-back'), action: 'myreports' });
  return { tone: 'info', blocks, choices };
}
