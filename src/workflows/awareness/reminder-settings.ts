/**
 * 提醒设置 for any channel: which reminders a person takes and their quiet hours. Turning off
 * urgent warnings asks once more, because those are the ones that stop a scam reaching the
 * village today. Each change is read, applied and saved in one transaction.
 *
 * @example
 * const result = await changeReminders(db, { personId }, { toggle: 'legal' });
 * if (result.outcome === 'confirm-urgent') showConfirmation();
 */
import {
  QUIET_PRESETS,
  type Subscription,
  TOPICS,
  type Topic,
} from '../../domain/awareness/subscription.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import {
  getPersonSubscription,
  savePersonSubscription,
} from '../../store/person-subscriptions.repository.js';
import { type Described, key } from '../described.js';

/**
 * Whose settings: a person (`people.id`), whichever channel they use. Each channel resolves its
 * address (Telegram chat, web device, WeChat follower) to the person before calling.
 */
export type Subscriber = { personId: number };

export type ReminderChange =
  /** Turn a topic on or off; turning urgent warnings off only asks first. */
  | { toggle: Topic }
  /** The answer "yes, turn urgent warnings off". */
  | { urgentOff: true }
  /** One of `QUIET_PRESETS`, by index. */
  | { quiet: number };

export type ReminderResult =
  | { outcome: 'saved'; subscription: Subscription }
  | { outcome: 'confirm-urgent'; subscription: Subscription }
  | { outcome: 'invalid' };

export function remindersOf(db: Db, who: Subscriber): Promise<Subscription> {
  return getPersonSubscription(db, who.personId);
}

export function changeReminders(
  db: Db,
  who: Subscriber,
  change: ReminderChange,
): Promise<ReminderResult> {
  return inTransaction(db, async (trx) => {
    const sub = await remindersOf(trx, who);
    if ('toggle' in change) {
      if (!(TOPICS as readonly string[]).includes(change.toggle)) return { outcome: 'invalid' };
      if (change.toggle === 'urgent' && sub.topics.urgent)
        return { outcome: 'confirm-urgent', subscription: sub };
      sub.topics[change.toggle] = !sub.topics[change.toggle];
    } else if ('urgentOff' in change) {
      sub.topics.urgent = false;
    } else {
      const preset = Number.isInteger(change.quiet) ? QUIET_PRESETS[change.quiet] : undefined;
      if (!preset) return { outcome: 'invalid' };
      [sub.quietStart, sub.quietEnd] = preset;
    }
    await savePersonSubscription(trx, who.personId, sub);
    return { outcome: 'saved', subscription: sub };
  });
}

const quietText = (start: string, end: string) =>
  start === end ? key('reminders-quiet-none') : { text: `🌙 ${start}–${end}` };

/** The settings with a button per topic (✅ on, ⬜ off) and one per quiet-hours preset (🔘 chosen). */
export function describeReminders(sub: Subscription): Described {
  const quiet =
    sub.quietStart === sub.quietEnd
      ? { key: 'reminders-quiet-none' }
      : `${sub.quietStart}–${sub.quietEnd}`;
  return {
    tone: 'info',
    blocks: [
      { type: 'title', text: key('web-reminders-title') },
      { type: 'paragraph', text: key('web-reminders-quiet', { quiet }) },
    ],
    choices: [
      ...TOPICS.map((topic) => ({
        label: key('web-reminders-topic', {
          mark: sub.topics[topic] ? '✅' : '⬜',
          topic: { key: `reminders-topic-${topic}` },
        }),
        action: `remind:${topic}`,
      })),
      ...QUIET_PRESETS.map(([start, end], i) => {
        const chosen = sub.quietStart === start && sub.quietEnd === end;
        const label = quietText(start, end);
        return {
          label: chosen
            ? key('web-reminders-chosen', {
                preset: 'key' in label ? { key: label.key } : label.text,
              })
            : label,
          action: `quiet:${i}`,
        };
      }),
    ],
  };
}

/** "Turning urgent warnings off may mean missing one: sure?" with the two answers. */
export function describeUrgentConfirmation(): Described {
  return {
    tone: 'info',
    blocks: [{ type: 'paragraph', text: key('reminders-urgent-confirm') }],
    choices: [
      { label: key('reminders-urgent-off'), action: 'urgentoff' },
      { label: key('reminders-urgent-keep'), action: 'reminders' },
    ],
  };
}
