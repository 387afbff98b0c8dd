/**
 * Villagers' questions to their village officer: stored first, then delivered, answered, and
 * reminded. Reminders are claimed with a conditional update, so with several replicas each
 * overdue question is reminded by exactly one of them.
 */
import type { Address } from '../domain/people/addresses.js';
import type { OfficerQuestion, QuestionStatus } from '../domain/questions/officer-question.js';
import { REMIND_AFTER_MS } from '../domain/questions/officer-question.js';
import type { Db } from './database.js';
import { ensurePerson } from './people.repository.js';
import type { OfficerQuestionTable } from './schema.js';

type Row = Omit<OfficerQuestionTable, 'id'> & { id: number };

function toQuestion(row: Row): OfficerQuestion {
  return {
    id: Number(row.id),
    askerId: row.asker_id,
    villageCode: row.village_code,
    officerId: row.officer_id,
    topicId: row.topic_id,
    question: row.question,
    shareContact: row.share_contact === 1,
    status: row.status as QuestionStatus,
    answer: row.answer,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    remindedAt: row.reminded_at,
  };
}

export interface NewQuestion {
  /** The asker's person. */
  askerPersonId: number;
  /** Asked from the web: the device whose inbox gets the answer. */
  askerDeviceId?: string;
  villageCode: string;
  /** Where the village officer is reached; their person is recorded (made on first sight). */
  officer: Address | null;
  topicId: string | null;
  question: string;
  shareContact: boolean;
}

export async function createQuestion(
  db: Db,
  q: NewQuestion,
  now = new Date(),
): Promise<OfficerQuestion> {
  // Asker and officer are persons (migration 2026-12-13-officer-persons); each channel finds its
  // way to them from their addresses. The officer's address is turned into a person here, at
  // the store boundary, so the workflows never handle a channel's id.
  const officerId = q.officer ? await ensurePerson(db, q.officer, now) : null;
  const row = await db
    .insertInto('officer_questions')
    .values({
      asker_id: q.askerPersonId,
      village_code: q.villageCode,
      officer_id: officerId,
      topic_id: q.topicId,
      question: q.question,
      share_contact: q.shareContact ? 1 : 0,
      status: officerId === null ? 'undelivered' : 'open',
      officer_chat_id: null,
      officer_message_id: null,
      answer: null,
      created_at: now.toISOString(),
      answered_at: null,
      reminded_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (q.askerDeviceId)
    await askers(db)
      .insertInto('web_question_askers')
      .values({ question_id: Number(row.id), device_id: q.askerDeviceId })
      .execute();
  return toQuestion(row as Row);
}

interface WebQuestionAskerTable {
  question_id: number;
  device_id: string;
}
const askers = (db: Db) => db.withTables<{ web_question_askers: WebQuestionAskerTable }>();

/** The web device that asked, if a web resident did; only the answer's way back reads it. */
export async function webAskerOf(db: Db, questionId: number): Promise<string | null> {
  const row = await askers(db)
    .selectFrom('web_question_askers')
    .select('device_id')
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return row?.device_id ?? null;
}

export async function getQuestion(db: Db, id: number): Promise<OfficerQuestion | null> {
  const row = await db
    .selectFrom('officer_questions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toQuestion(row as Row) : null;
}

/** Remembers which message the officer got, so their reply to it finds the question. */
export async function recordDelivery(
  db: Db,
  id: number,
  chatId: number,
  messageId: number,
): Promise<void> {
  await db
    .updateTable('officer_questions')
    .set({ officer_chat_id: chatId, officer_message_id: messageId })
    .where('id', '=', id)
    .execute();
}

export async function markUndelivered(db: Db, id: number): Promise<void> {
  await db
    .updateTable('officer_questions')
    .set({ status: 'undelivered' })
    .where('id', '=', id)
    .execute();
}

export async function findByOfficerMessage(
  db: Db,
  chatId: number,
  messageId: number,
): Promise<OfficerQuestion | null> {
  const row = await db
    .selectFrom('officer_questions')
    .selectAll()
    .where('officer_chat_id', '=', chatId)
    .where('officer_message_id', '=', messageId)
    .executeTakeFirst();
  return row ? toQuestion(row as Row) : null;
}

/** Stores the answer if the question is still open; returns false if it was answered already. */
export async function answerQuestion(
  db: Db,
  id: number,
  answer: string,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('officer_questions')
    .set({ status: 'answered', answer, answered_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Claims the open questions due for their one reminder; each is returned to one caller only. */
export async function claimDueReminders(db: Db, now = new Date()): Promise<OfficerQuestion[]> {
  const cutoff = new Date(now.getTime() - REMIND_AFTER_MS).toISOString();
  const due = await db
    .selectFrom('officer_questions')
    .select('id')
    .where('status', '=', 'open')
    .where('reminded_at', 'is', null)
    .where('created_at', '<=', cutoff)
    .limit(100)
    .execute();
  const claimed: OfficerQuestion[] = [];
  for (const { id } of due) {
    const result = await db
      .updateTable('officer_questions')
      .set({ reminded_at: now.toISOString() })
      .where('id', '=', id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) {
      const question = await getQuestion(db, Number(id));
      if (question) claimed.push(question);
    }
  }
  return claimed;
}
