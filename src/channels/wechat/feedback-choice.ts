/**
 * 回访 in WeChat: a follower taps 😊 or 😞 under a resolved report's news (`fb:<id>:yes|no`).
 * WeChat reporters are web reporters whose device was opened from the account (OAuth link), so
 * the link made their devices and their follower one person: that person must be the one who
 * filed the report. It then goes through the same workflow as Telegram and the web. A
 * forged or another person's id changes nothing, and is audited with neither the openid nor a
 * device, like the web's refusals.
 */
import type { Locale } from '../../domain/locale.js';
import { wechatAddress } from '../../domain/people/addresses.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { personOf } from '../../store/people.repository.js';
import { giveFeedback } from '../../workflows/reports/reporter-feedback.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

export async function answerFeedbackChoice(
  deps: { db: Db; t: PlainTranslate },
  openid: string,
  locale: Locale,
  value: string,
  now: Date,
): Promise<OutgoingMessage[]> {
  const say = (key: string, vars?: Record<string, string>): OutgoingMessage[] => [
    { type: 'text', text: deps.t(locale, key, vars) },
  ];
  const [idText = '', answer] = value.split(':');
  const reportId = /^\d{1,12}$/.test(idText) ? Number(idText) : 0;
  if (!reportId || (answer !== 'yes' && answer !== 'no')) return say('feedback-not-due');
  const satisfied = answer === 'yes';
  const personId = await personOf(deps.db, wechatAddress(openid));
  const result =
    personId === null
      ? null
      : await giveFeedback(deps.db, { reporter: { personId }, reportId, satisfied, now });
  if (result?.report) {
    if (result.outcome === 'done') return say(satisfied ? 'feedback-thanks' : 'feedback-reopened');
    if (result.outcome === 'stale' || result.answered)
      return say('feedback-recorded', { reference: result.report.reference });
    return say('feedback-not-due');
  }
  await appendAudit(deps.db, {
    actorId: null,
    action: 'wechat.refused',
    subject: `report:${reportId}`,
    detail: { reason: 'not-yours' },
  });
  return say('feedback-not-due');
}
