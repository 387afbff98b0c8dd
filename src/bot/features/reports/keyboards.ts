/**
 * Buttons of the report flow and of the officers' report cards. Every payload names a step or a
 * report id and nothing else; who may press it is checked on the server.
 */
import { InlineKeyboard, Keyboard } from 'grammy';
import { COLOURS, categoriesOf, type ReportKind } from '../../../domain/reports/categories.js';
import type { Report } from '../../../domain/reports/report.js';
import { nextStatuses } from '../../../domain/reports/status.js';
import { callbackAction } from '../../callback-data.js';

type T = (key: string, vars?: Record<string, string | number>) => string;
const ID = '\\d{1,12}';

export const reportKind = callbackAction('rpk', ['dispute|clue']);
export const reportCategory = callbackAction('rpc', ['[a-z]+(?:-[a-z]+)?']);
export const reportStep = callbackAction('rpn', [
  'done|skip|village|now|today|yesterday|earlier|named|anon|confirm|edit|cancel',
]);
export const reportEdit = callbackAction('rpe', [
  'category|description|evidence|place|when|anonymity',
]);

export const triageAccept = callbackAction('tra', [ID]);
export const triageColour = callbackAction('trc', [ID, COLOURS.join('|')]);
export const triageStatus = callbackAction('trs', [ID, 'in_progress|resolved|mediated|closed']);
export const triageInput = callbackAction('tri', [ID, 'note|reply|ask|reject']);
export const triageEvidence = callbackAction('tre', [ID]);
export const triageReporter = callbackAction('trw', [ID]);
export const triagePoints = callbackAction('trp', [ID, '5|10|20', 'clue|mediation']);
export const triageBlocklist = callbackAction('trb', [ID]);

export const addReportInfo = callbackAction('myi', [ID]);
export const reportFeedback = callbackAction('myf', [ID, 'yes|no']);

export function kindKeyboard(t: T): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('report-kind-dispute'), reportKind.data('dispute'))
    .row()
    .text(t('report-kind-clue'), reportKind.data('clue'))
    .row()
    .text(t('button-cancel'), reportStep.data('cancel'));
}

export function categoryKeyboard(kind: ReportKind, t: T): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  categoriesOf(kind).forEach((c, i) => {
    keyboard.text(t(`report-cat-${c.id}`), reportCategory.data(c.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row().text(t('button-cancel'), reportStep.data('cancel'));
}

export function stepKeyboard(
  t: T,
  buttons: Array<[string, Parameters<typeof reportStep.data>[0]]>,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [label, step] of buttons) keyboard.text(label, reportStep.data(step)).row();
  return keyboard.text(t('button-cancel'), reportStep.data('cancel'));
}

export function locationKeyboard(t: T): Keyboard {
  return new Keyboard().requestLocation(t('report-button-send-location')).resized().oneTime();
}

export function editKeyboard(t: T): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const field of [
    'category',
    'description',
    'evidence',
    'place',
    'when',
    'anonymity',
  ] as const) {
    keyboard.text(t(`report-field-${field}`), reportEdit.data(field));
    if (field === 'description' || field === 'place') keyboard.row();
  }
  return keyboard.row().text(t('report-button-confirm'), reportStep.data('confirm'));
}

/** The buttons under a report card, for the report's current status. */
export function triageKeyboard(report: Report, t: T): InlineKeyboard {
  const { id: reportId, status } = report;
  const evidenceCount = report.evidence.length;
  const named = !report.anonymous;
  const keyboard = new InlineKeyboard();
  if (status === 'new') keyboard.text(t('triage-accept'), triageAccept.data(reportId));
  for (const colour of COLOURS)
    keyboard.text(t(`colour-${colour}`), triageColour.data(reportId, colour));
  keyboard.row();
  const moves = nextStatuses(status).filter(
    (s): s is 'in_progress' | 'resolved' | 'mediated' | 'closed' =>
      s !== 'accepted' && s !== 'rejected',
  );
  for (const to of moves) keyboard.text(t(`status-${to}`), triageStatus.data(reportId, to));
  if (moves.length) keyboard.row();
  if (status !== 'closed' && status !== 'rejected') {
    keyboard
      .text(t('triage-note'), triageInput.data(reportId, 'note'))
      .text(t('triage-reply'), triageInput.data(reportId, 'reply'))
      .row();
    keyboard.text(t('triage-ask'), triageInput.data(reportId, 'ask'));
    if (nextStatuses(status).includes('rejected'))
      keyboard.text(t('triage-reject'), triageInput.data(reportId, 'reject'));
    keyboard.row();
  }
  if (evidenceCount > 0)
    keyboard.text(t('triage-evidence', { count: evidenceCount }), triageEvidence.data(reportId));
  if (named) keyboard.text(t('triage-reporter'), triageReporter.data(reportId));
  if (report.category === 'fraud')
    keyboard.row().text(t('triage-blocklist'), triageBlocklist.data(reportId));
  keyboard
    .row()
    .text(t('triage-points-clue'), triagePoints.data(reportId, '10', 'clue'))
    .text(t('triage-points-mediation'), triagePoints.data(reportId, '10', 'mediation'));
  return keyboard;
}
