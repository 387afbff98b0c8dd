/**
 * Reminds a village officer, once, of a villager's question left unanswered for 24 hours. The
 * claim and the reminder commit together, so a crash or a failed send never leaves a question
 * marked reminded with no reminder on its way; replicas never remind twice (the claim, and the
 * notice's idempotency key).
 */
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { claimDueReminders } from '../../store/officer-questions.repository.js';
import { addressOn } from '../../store/people.repository.js';

export async function queueQuestionReminders(db: Db, now: Date): Promise<{ notices: NewNotice[] }> {
  return inTransaction(db, async (trx) => {
    const notices: NewNotice[] = [];
    for (const question of await claimDueReminders(trx, now)) {
      if (question.officerId === null) continue;
      // The question went to the officer on Telegram: the reminder follows it there.
      const to = await addressOn(trx, question.officerId, 'telegram');
      if (!to) continue;
      notices.push({
        idempotencyKey: `ask-reminder:${question.id}`,
        channel: to.channel,
        recipient: to.address,
        kind: 'message',
        payload: {
          key: 'ask-reminder',
          vars: { id: String(question.id), question: question.question },
        },
        priority: NOTICE_PRIORITY.normal,
      });
    }
    await enqueueNotices(trx, notices, now);
    return { notices };
  });
}
