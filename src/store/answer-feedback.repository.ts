/**
 * What the station learns from use (see migration 2026-12-02-answer-feedback): questions that
 * ended "not sure" or "没解决", and officers' marks on scam verdicts, read back for the weekly
 * report. No function here takes or returns who asked.
 */
import type { Db } from './database.js';

export type QuestionOutcome = 'not-sure' | 'not-solved';

export interface UnansweredQuestion {
  outcome: QuestionOutcome;
  /** The question as typed (clipped), or null when the answer was found through the menu. */
  question: string | null;
  /** The matcher's likely topic, if it had one. */
  topicId: string | null;
  band: string;
  villageCode: string | null;
  stationCode: string | null;
  createdAt: string;
}

export interface ScamVerdictMark {
  mark: 'right' | 'wrong';
  risk: string;
  fraudType: string | null;
  excerpt: string;
  stationCode: string | null;
  createdAt: string;
}

/** Longest question or message excerpt kept: enough to recognise it, not a whole paste. */
export const MAX_KEPT_CHARS = 200;
const clip = (text: string) => [...text.trim()].slice(0, MAX_KEPT_CHARS).join('');

export async function recordUnanswered(
  db: Db,
  q: Omit<UnansweredQuestion, 'createdAt'>,
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('unanswered_questions')
    .values({
      outcome: q.outcome,
      question: q.question === null ? null : clip(q.question),
      topic_id: q.topicId,
      band: q.band,
      village_code: q.villageCode,
      station_code: q.stationCode,
      created_at: now.toISOString(),
    })
    .execute();
}

export async function recordScamMark(
  db: Db,
  m: Omit<ScamVerdictMark, 'createdAt'>,
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('scam_verdict_marks')
    .values({
      mark: m.mark,
      risk: m.risk,
      fraud_type: m.fraudType,
      excerpt: clip(m.excerpt),
      station_code: m.stationCode,
      created_at: now.toISOString(),
    })
    .execute();
}

export interface Period {
  /** Inclusive, as ISO instants. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Only this station's; all stations when absent. */
  stationCode?: string;
}

export async function listUnanswered(db: Db, p: Period): Promise<UnansweredQuestion[]> {
  let query = db
    .selectFrom('unanswered_questions')
    .selectAll()
    .where('created_at', '>=', p.from.toISOString())
    .where('created_at', '<', p.to.toISOString());
  if (p.stationCode) query = query.where('station_code', '=', p.stationCode);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({
    outcome: r.outcome as QuestionOutcome,
    question: r.question,
    topicId: r.topic_id,
    band: r.band,
    villageCode: r.village_code,
    stationCode: r.station_code,
    createdAt: r.created_at,
  }));
}

/** Scam checks officers marked wrong in the period (the ones worth a rule change). */
export async function listWrongVerdicts(db: Db, p: Period): Promise<ScamVerdictMark[]> {
  let query = db
    .selectFrom('scam_verdict_marks')
    .selectAll()
    .where('mark', '=', 'wrong')
    .where('created_at', '>=', p.from.toISOString())
    .where('created_at', '<', p.to.toISOString());
  if (p.stationCode) query = query.where('station_code', '=', p.stationCode);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({
    mark: 'wrong' as const,
    risk: r.risk,
    fraudType: r.fraud_type,
    excerpt: r.excerpt,
    stationCode: r.station_code,
    createdAt: r.created_at,
  }));
}
