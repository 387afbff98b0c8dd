/**
 * Every SMS a provider accepted: its message id there, what it was (template), and its status,
 * `submitted` until a delivery receipt says `delivered` or `undelivered`. The rows also count
 * what was sent recently, per number and in all, for the SMS rate limits (so the limits hold
 * across restarts and replicas). Functions take `db | trx` and never open a transaction.
 */
import type { Db } from './database.js';
import { smsTables } from './sms.table.js';

export async function recordSmsSent(
  db: Db,
  m: {
    noticeId: number;
    phone: string;
    provider: string;
    providerMessageId: string;
    template: string;
  },
  now: Date,
): Promise<void> {
  await smsTables(db)
    .insertInto('sms_messages')
    .values({
      notice_id: m.noticeId,
      phone: m.phone,
      provider: m.provider,
      provider_message_id: m.providerMessageId.slice(0, 200),
      template: m.template,
      status: 'submitted',
      error: null,
      sent_at: now.toISOString(),
      status_at: now.toISOString(),
    })
    .execute();
}

/** SMS sent since `since`: to this number (in the hour, in the last minute), and to anyone. */
export async function countSmsSentSince(
  db: Db,
  phone: string,
  since: { number: Date; global: Date },
): Promise<{ number: number; numberLastMinute: number; global: number }> {
  const count = async (at: Date, phoneOnly: boolean) => {
    let q = smsTables(db)
      .selectFrom('sms_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sent_at', '>=', at.toISOString());
    if (phoneOnly) q = q.where('phone', '=', phone);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  return {
    number: await count(since.number, true),
    numberLastMinute: await count(since.global, true),
    global: await count(since.global, false),
  };
}

/**
 * A delivery receipt: the provider's final word on one message. Unknown ids change nothing.
 * Returns whether a row was updated.
 */
export async function recordSmsReceipt(
  db: Db,
  r: { provider: string; providerMessageId: string; delivered: boolean; error?: string },
  now: Date,
): Promise<boolean> {
  const result = await smsTables(db)
    .updateTable('sms_messages')
    .set({
      status: r.delivered ? 'delivered' : 'undelivered',
      error: r.delivered ? null : (r.error ?? 'undelivered').slice(0, 200),
      status_at: now.toISOString(),
    })
    .where('provider', '=', r.provider)
    .where('provider_message_id', '=', r.providerMessageId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function smsMessagesOfNotice(db: Db, noticeId: number) {
  return smsTables(db)
    .selectFrom('sms_messages')
    .select(['provider', 'provider_message_id', 'template', 'status', 'error'])
    .where('notice_id', '=', noticeId)
    .orderBy('id')
    .execute();
}

/**
 * Forgets numbers nobody needs any more: verification codes a day old go, and sent messages
 * keep their provider id and status but lose the number once the rate limit (one hour) cannot
 * look at them. Run hourly by the app.
 */
export async function pruneSmsRecords(db: Db, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  await smsTables(db).deleteFrom('sms_codes').where('created_at', '<', dayAgo).execute();
  await smsTables(db)
    .updateTable('sms_messages')
    .set({ phone: '' })
    .where('sent_at', '<', dayAgo)
    .where('phone', '!=', '')
    .execute();
}
