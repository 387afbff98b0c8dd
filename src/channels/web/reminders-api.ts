/**
 * 提醒设置 on the web: a device reads and changes which reminders its person takes and their
 * quiet hours, through the same workflow as the bot, so the settings hold on every channel. A change is a POST (CSRF and limits apply); anything
 * but a known topic or preset is a 400 that changes nothing.
 */
import { isTopic } from '../../domain/awareness/subscription.js';
import { webAddress } from '../../domain/people/addresses.js';
import type { Db } from '../../store/database.js';
import { ensurePerson } from '../../store/people.repository.js';
import {
  changeReminders,
  describeReminders,
  describeUrgentConfirmation,
  type ReminderChange,
  remindersOf,
} from '../../workflows/awareness/reminder-settings.js';
import type { Described } from '../../workflows/described.js';
import { WebError } from './http-kit.js';

export interface RemindersCall {
  deviceId: string;
  reply: (message: Described) => void;
}

function changeOf(body: Record<string, unknown>): ReminderChange {
  if (isTopic(body.toggle)) return { toggle: body.toggle };
  if (body.urgentOff === true) return { urgentOff: true };
  if (typeof body.quiet === 'number') return { quiet: body.quiet };
  throw new WebError(400, 'bad_request', 'web-error');
}

export function createRemindersApi(db: Db) {
  const personOfDevice = (deviceId: string) => ensurePerson(db, webAddress(deviceId));
  return {
    async show(call: RemindersCall) {
      call.reply(
        describeReminders(await remindersOf(db, { personId: await personOfDevice(call.deviceId) })),
      );
    },
    async change(call: RemindersCall, body: Record<string, unknown>) {
      const change = changeOf(body);
      const personId = await personOfDevice(call.deviceId);
      const result = await changeReminders(db, { personId }, change);
      if (result.outcome === 'invalid') throw new WebError(400, 'bad_request', 'web-error');
      if (result.outcome === 'confirm-urgent') return call.reply(describeUrgentConfirmation());
      const settings = describeReminders(result.subscription);
      const saved = 'urgentOff' in change ? 'reminders-urgent-now-off' : 'reminders-saved';
      call.reply({
        ...settings,
        blocks: [{ type: 'note', text: { key: saved } }, ...settings.blocks],
      });
    },
  };
}
