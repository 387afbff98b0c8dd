/**
 * A question a villager put to their village officer (问驻村民警) when the knowledge base did not
 * settle it. It is stored before anyone is told it was sent, and it stays open until the officer
 * answers; an officer who has not answered within a day is reminded once.
 */
export type QuestionStatus = 'open' | 'answered' | 'undelivered';

export interface OfficerQuestion {
  id: number;
  /** The asker's person (migration 2026-12-13-officer-persons). */
  askerId: number;
  villageCode: string;
  /** The officer's person it went to; null when the village has no officer to reach yet. */
  officerId: number | null;
  topicId: string | null;
  question: string;
  /** The villager agreed that the officer may see their name and contact them. */
  shareContact: boolean;
  status: QuestionStatus;
  answer: string | null;
  createdAt: string;
  answeredAt: string | null;
  remindedAt: string | null;
}

export const REMIND_AFTER_MS = 24 * 3600_000;

/** The longest question we forward; longer ones are cut with a visible mark. */
export const MAX_QUESTION_CHARS = 2_000;

export function clipQuestion(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_QUESTION_CHARS ? `${trimmed.slice(0, MAX_QUESTION_CHARS)}…` : trimmed;
}

export function isDueForReminder(question: OfficerQuestion, now: Date): boolean {
  return (
    question.status === 'open' &&
    question.remindedAt === null &&
    now.getTime() - Date.parse(question.createdAt) >= REMIND_AFTER_MS
  );
}
