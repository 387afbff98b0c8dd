/**
 * 提醒设置 in WeChat: a follower chooses which reminders they take (anti-fraud tips, legal
 * awareness, traffic, urgent warnings) and their quiet hours, as Telegram and web residents do,
 * through the channel-neutral workflow (`src/workflows/awareness/reminder-settings.ts`). The
 * settings are the follower's person's (`{ personId }`), so they hold for every channel the
 * person is reached on, and the broadcast audience reads them for followers
 * (`channel-audience.repository.ts`).
 *
 * Reached by settings → 🔔 提醒设置 or by typing 提醒设置; the settings come as a menu message
 * whose items are `remind:<topic>`, `quiet:<preset>`, and, when turning urgent warnings off asks
 * once more, `urgentoff` / `reminders`.
 */
import { isTopic } from '../../domain/awareness/subscription.js';
import type { Locale } from '../../domain/locale.js';
import { wechatAddress } from '../../domain/people/addresses.js';
import type { Db } from '../../store/database.js';
import { ensurePerson } from '../../store/people.repository.js';
import {
  changeReminders,
  describeReminders,
  describeUrgentConfirmation,
  type ReminderChange,
  remindersOf,
} from '../../workflows/awareness/reminder-settings.js';
import { describedMessages } from './described-text.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

interface Deps {
  db: Db;
  t: PlainTranslate;
}

const ASK_REMINDERS = /^(提醒设置|提醒|免打扰|订阅设置|reminders?|quiet hours)[\s\p{P}]*$/iu;

export const isRemindersRequest = (text: string): boolean => ASK_REMINDERS.test(text.trim());

/** Whether a choice id is one of the settings' own (see the module comment). */
export const isReminderChoice = (id: string): boolean =>
  id === 'reminders' || id === 'urgentoff' || /^(remind|quiet):/.test(id);

/** The change a choice id asks for; null for `reminders` (show them) or anything unknown. */
function changeOf(id: string): ReminderChange | null {
  if (id === 'urgentoff') return { urgentOff: true };
  const [kind, value = ''] = id.split(':');
  if (kind === 'remind' && isTopic(value)) return { toggle: value };
  if (kind === 'quiet' && /^\d$/.test(value)) return { quiet: Number(value) };
  return null;
}

const personOfFollower = (db: Db, openid: string, now: Date) =>
  ensurePerson(db, wechatAddress(openid), now);

export async function showReminders(
  deps: Deps,
  openid: string,
  locale: Locale,
  now: Date,
): Promise<OutgoingMessage[]> {
  const personId = await personOfFollower(deps.db, openid, now);
  return describedMessages(
    describeReminders(await remindersOf(deps.db, { personId })),
    locale,
    deps.t,
  );
}

/** A tapped (or typed-number) settings choice: the change saved and the settings shown again. */
export async function reminderChoice(
  deps: Deps,
  openid: string,
  locale: Locale,
  id: string,
  now: Date,
): Promise<OutgoingMessage[]> {
  const change = changeOf(id);
  if (!change) return showReminders(deps, openid, locale, now);
  const personId = await personOfFollower(deps.db, openid, now);
  const result = await changeReminders(deps.db, { personId }, change);
  if (result.outcome === 'invalid') return showReminders(deps, openid, locale, now);
  if (result.outcome === 'confirm-urgent')
    return describedMessages(describeUrgentConfirmation(), locale, deps.t);
  const saved = 'urgentOff' in change ? 'reminders-urgent-now-off' : 'reminders-saved';
  return [
    { type: 'text', text: deps.t(locale, saved) },
    ...describedMessages(describeReminders(result.subscription), locale, deps.t),
  ];
}
