/**
 * 问驻村民警 for any channel: a resident's question is stored for their village officer before
 * anyone is told it was sent, and the officer's answer finds its way back to whoever asked (a
 * Telegram person, or a web device through its inbox, as a notice in the answer's transaction).
 * Sending the question to the officer is the Telegram adapter's part: it records the message the
 * officer will reply to.
 *
 * @example
 * const asked = await askOfficer(db, { asker: { personId, webDevice }, villageCode, question, topicId: null });
 * if (asked.outcome === 'stored') await sendToOfficer(asked.question.id);
 */
import { DEFAULT_LOCALE, isLocale, localize } from '../../domain/locale.js';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { clipQuestion, type OfficerQuestion } from '../../domain/questions/officer-question.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import {
  answerQuestion,
  createQuestion,
  webAskerOf,
} from '../../store/officer-questions.repository.js';
import { getVillageContext, type VillageContext } from '../../store/places.repository.js';
import { getWebResident } from '../../store/web-residents.repository.js';

/** Who asks: a person; from the web, also the device whose inbox gets the answer. */
export interface Asker {
  personId: number;
  webDevice?: string;
}

export interface AskInput {
  asker: Asker;
  villageCode: string | null;
  question: string;
  topicId: string | null;
  /** The officer may see the asker's name (Telegram only; a web resident has none to share). */
  shareContact: boolean;
  now?: Date;
}

export type AskResult =
  | { outcome: 'no-village' }
  | { outcome: 'empty' }
  | { outcome: 'stored'; question: OfficerQuestion; place: VillageContext };

export function askOfficer(db: Db, input: AskInput): Promise<AskResult> {
  return inTransaction(db, async (trx) => {
    const place = input.villageCode ? await getVillageContext(trx, input.villageCode) : null;
    if (!place) return { outcome: 'no-village' };
    const question = clipQuestion(input.question);
    if (!question) return { outcome: 'empty' };
    const web = input.asker.webDevice !== undefined;
    const saved = await createQuestion(
      trx,
      {
        askerPersonId: input.asker.personId,
        ...(input.asker.webDevice ? { askerDeviceId: input.asker.webDevice } : {}),
        villageCode: place.village.code,
        officer: place.village.officer.address,
        topicId: input.topicId,
        question,
        shareContact: web ? false : input.shareContact,
      },
      input.now,
    );
    return { outcome: 'stored', question: saved, place };
  });
}

export type AnswerResult =
  | { outcome: 'already-answered' }
  /** `notices`: the answer for a web asker, enqueued; empty when a Telegram person asked. */
  | { outcome: 'answered'; notices: NewNotice[] };

/**
 * Stores the officer's answer if the question is still open. For a web asker the answer is
 * enqueued for their inbox in the same transaction, in their language.
 */
export function answerOfficerQuestion(
  db: Db,
  question: OfficerQuestion,
  answer: string,
  now = new Date(),
): Promise<AnswerResult> {
  return inTransaction(db, async (trx) => {
    const text = clipQuestion(answer);
    if (!(await answerQuestion(trx, question.id, text, now)))
      return { outcome: 'already-answered' };
    const device = await webAskerOf(trx, question.id);
    if (!device) return { outcome: 'answered', notices: [] };
    const resident = await getWebResident(trx, device);
    const locale = resident && isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
    const place = await getVillageContext(trx, question.villageCode);
    const notices: NewNotice[] = [
      {
        idempotencyKey: `question:${question.id}:answer`,
        channel: 'web',
        recipient: device,
        kind: 'message',
        payload: {
          key: 'ask-answer-relayed',
          vars: {
            id: String(question.id),
            officer: place ? localize(place.village.officer.name, locale) : '',
            question: question.question,
            answer: text,
          },
        },
        priority: NOTICE_PRIORITY.normal,
      },
    ];
    await enqueueNotices(trx, notices, now);
    return { outcome: 'answered', notices };
  });
}
