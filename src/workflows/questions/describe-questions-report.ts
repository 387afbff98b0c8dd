/**
 * The station's review of what the bot could not answer: questions that ended "not sure" or
 * "没解决", grouped by the topic the matcher thought likely, and scam checks officers marked
 * wrong. Described, not rendered: the weekly notice to each station group (Telegram) and
 * `cunjing questions report` (plain text) render the same description. Residents are never
 * named: the store does not even know who asked.
 */
import type {
  ScamVerdictMark,
  UnansweredQuestion,
} from '../../store/answer-feedback.repository.js';
import { type Block, type Described, key } from '../described.js';

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
}

/** Most lines shown per group, so a busy week still fits a few messages. */
const PER_GROUP = 15;

export function describeQuestionsReport(r: QuestionsReportInput): Described {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: key('questions-report-title', { station: r.station, from: r.from, to: r.to }),
    },
  ];
  const asked = r.questions.filter((q) => q.question !== null || q.topicId !== null);
  if (asked.length === 0 && r.wrongVerdicts.length === 0) {
    blocks.push({ type: 'paragraph', text: key('questions-report-none') });
    return { tone: 'info', blocks, choices: [] };
  }
  if (asked.length > 0) {
    const groups = new Map<string, UnansweredQuestion[]>();
    for (const q of asked) {
      const topic = q.topicId ?? '';
      groups.set(topic, [...(groups.get(topic) ?? []), q]);
    }
    const sorted = [...groups].sort(
      (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
    );
    blocks.push({
      type: 'paragraph',
      text: key('questions-report-questions', { count: asked.length }),
    });
    for (const [topicId, list] of sorted)
      blocks.push({
        type: 'list',
        label: key('questions-report-topic', {
          topic: topicId ? r.titleOf(topicId) : { key: 'questions-topic-unknown' },
          count: list.length,
        }),
        items: list.slice(0, PER_GROUP).map((q) =>
          key('questions-report-line', {
            question: q.question ?? r.titleOf(q.topicId ?? ''),
            outcome: q.outcome,
            date: r.dayOf(q.createdAt),
          }),
        ),
      });
  }
  if (r.wrongVerdicts.length > 0)
    blocks.push({
      type: 'list',
      label: key('questions-report-scams', { count: r.wrongVerdicts.length }),
      items: r.wrongVerdicts.slice(0, PER_GROUP).map((v) =>
        key('questions-report-scam-line', {
          risk: v.risk,
          type: v.fraudType ?? '—',
          excerpt: v.excerpt,
        }),
      ),
    });
  blocks.push({ type: 'note', text: key('questions-report-footer') });
  return { tone: 'info', blocks, choices: [] };
}
