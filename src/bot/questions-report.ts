/**
 * The station's review of what the bot could not answer: questions that ended "not sure" or
 * "没解决", grouped by the topic the matcher thought likely, and scam checks officers marked
 * wrong. Shared by the weekly job and `cunjing questions report`. Residents are never named: the
 * store does not even know who asked.
 */
import type { ScamVerdictMark, UnansweredQuestion } from '../store/answer-feedback.repository.js';

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface QuestionsReportInput {
  station: string;
  from: string;
  to: string;
  questions: UnansweredQuestion[];
  wrongVerdicts: ScamVerdictMark[];
  /** A topic's title in the reader's language. */
  titleOf: (topicId: string) => string;
  /** Local calendar day of an ISO instant. */
  dayOf: (iso: string) => string;
  t: T;
}

/** Most lines shown per group, so a busy week still fits a few messages. */
const PER_GROUP = 15;

export function renderQuestionsReport(r: QuestionsReportInput): string {
  const { t } = r;
  const out = [t('questions-report-title', { station: r.station, from: r.from, to: r.to })];
  const asked = r.questions.filter((q) => q.question !== null || q.topicId !== null);
  if (asked.length === 0 && r.wrongVerdicts.length === 0) {
    out.push(t('questions-report-none'));
    return out.join('\n\n');
  }
  if (asked.length > 0) {
    const groups = new Map<string, UnansweredQuestion[]>();
    for (const q of asked) {
      const key = q.topicId ?? '';
      groups.set(key, [...(groups.get(key) ?? []), q]);
    }
    const sorted = [...groups].sort(
      (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
    );
    const blocks = sorted.map(([topicId, list]) =>
      [
        t('questions-report-topic', {
          topic: topicId ? r.titleOf(topicId) : t('questions-topic-unknown'),
          count: list.length,
        }),
        ...list.slice(0, PER_GROUP).map((q) =>
          t('questions-report-line', {
            question: q.question ?? r.titleOf(q.topicId ?? ''),
            outcome: q.outcome,
            date: r.dayOf(q.createdAt),
          }),
        ),
      ].join('\n'),
    );
    out.push(t('questions-report-questions', { count: asked.length }), ...blocks);
  }
  if (r.wrongVerdicts.length > 0) {
    out.push(
      [
        t('questions-report-scams', { count: r.wrongVerdicts.length }),
        ...r.wrongVerdicts.slice(0, PER_GROUP).map((v) =>
          t('questions-report-scam-line', {
            risk: v.risk,
            type: v.fraudType ?? '—',
            excerpt: v.excerpt,
          }),
        ),
      ].join('\n'),
    );
  }
  out.push(t('questions-report-footer'));
  return out.join('\n\n');
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}
