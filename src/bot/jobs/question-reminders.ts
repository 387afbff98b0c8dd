/**
 * Reminds a village officer, once, of a villager's question left unanswered for 24 hours. Each
 * overdue question is claimed in the database first, so replicas never remind twice.
 */
import type { Api } from 'grammy';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { claimDueReminders } from '../../store/officer-questions.repository.js';
import { localeOfUser } from '../../store/users.repository.js';
import type { Translate } from '../i18n.js';

export async function sendQuestionReminders(
  deps: { api: Api; db: Db; translate: Translate; logger: Logger },
  now = new Date(),
): Promise<number> {
  const due = await claimDueReminders(deps.db, now);
  let sent = 0;
  for (const question of due) {
    if (question.officerId === null) continue;
    const locale = await localeOfUser(deps.db, question.officerId);
    try {
      await deps.api.sendMessage(
        question.officerId,
        deps.translate(locale, 'ask-reminder', {
          id: String(question.id),
          question: question.question,
        }),
      );
      sent++;
    } catch (error) {
      deps.logger.warn('reminder could not reach the officer', { question_id: question.id, error });
    }
  }
  return sent;
}
