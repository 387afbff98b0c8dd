/**
 * Broadcast audiences outside Telegram: web residents (by device, with their reminder settings)
 * and WeChat followers, both matched by village code. Their warnings go to the notices outbox,
 * enqueued inside the database one segment at a time (residents who share a language and quiet
 * hours), like the Telegram outbox, so an approval never loads its audience into memory.
 */
import { sql } from 'kysely';
import { DEFAULT_SUBSCRIPTION, type Topic } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import type { SmsAddressTable } from './sms.table.js';
import type { Target } from './subscriptions.repository.js';
import type { WebResidentTable } from './web-residents.repository.js';
import type { WebSubscriptionTable } from './web-subscriptions.repository.js';
import type { WechatResidentTable } from './wechat.table.js';

type Tables = {
  web_residents: WebResidentTable;
  web_subscriptions: WebSubscriptionTable;
  wechat_residents: WechatResidentTable;
  sms_addresses: SmsAddressTable;
};
const tables = (db: Db) => db.withTables<Tables>();

/** The villages a target covers, within the author's scope. */
export async function villagesOfTarget(db: Db, target: Target): Promise<string[]> {
  let q = db
    .selectFrom('villages')
    .innerJoin('townships', 'townships.code', 'villages.township_code')
    .select('villages.code');
  if (target.stationCode) q = q.where('townships.station_code', '=', target.stationCode);
  if (target.townshipCode) q = q.where('townships.code', '=', target.townshipCode);
  if (!target.all) {
    const townships = target.townships ?? [];
    const villages = target.villages ?? [];
    if (townships.length === 0 && villages.length === 0) return [];
    q = q.where((eb) =>
      eb.or([
        ...(townships.length ? [eb('townships.code', 'in', townships)] : []),
        ...(villages.length ? [eb('villages.code', 'in', villages)] : []),
      ]),
    );
  }
  return (await q.execute()).map((r) => r.code);
}

export interface ChannelSegment {
  channel: 'web' | 'wechat' | 'sms';
  language: string;
  quietStart: string;
  quietEnd: string;
  count: number;
}

const quietStartOf = sql<string>`coalesce(s.quiet_start, ${sql.lit(DEFAULT_SUBSCRIPTION.quietStart)})`;
const quietEndOf = sql<string>`coalesce(s.quiet_end, ${sql.lit(DEFAULT_SUBSCRIPTION.quietEnd)})`;

/** Web residents in the villages who take the topic (no settings row: everything on). */
function webQuery(db: Db, topic: Topic | 'notice', villages: string[]) {
  let q = tables(db)
    .selectFrom('web_residents as w')
    .leftJoin('web_subscriptions as s', 's.device_id', 'w.device_id')
    .where('w.village_code', 'in', villages);
  if (topic !== 'notice')
    q = q.where((eb) => eb.or([eb(`s.${topic}`, 'is', null), eb(`s.${topic}`, '=', 1)]));
  return q;
}

/**
 * WeChat followers in the villages. They have no reminder settings yet, so only what everyone
 * gets reaches them: urgent warnings and general notices (default quiet hours for the latter).
 */
function wechatQuery(db: Db, topic: Topic | 'notice', villages: string[]) {
  if (topic !== 'urgent' && topic !== 'notice') return null;
  return tables(db)
    .selectFrom('wechat_residents as r')
    .where('r.village_code', 'in', villages)
    .where('r.subscribed', '=', 1);
}

/**
 * Verified, active SMS addresses in the villages that take urgent warnings by SMS. Only urgent
 * warnings go by SMS (each one costs the county, and SMS is for what cannot wait). An address a
 * web device verified follows that device's village; one imported by an officer has its own.
 */
function smsQuery(db: Db, topic: Topic | 'notice', villages: string[]) {
  if (topic !== 'urgent') return null;
  return tables(db)
    .selectFrom('sms_addresses as a')
    .leftJoin('web_residents as d', 'd.device_id', 'a.device_id')
    .where(sql<string>`coalesce(d.village_code, a.village_code)`, 'in', villages)
    .where('a.active', '=', 1)
    .where('a.urgent', '=', 1)
    .where('a.verified_at', 'is not', null);
}

/** SMS segments (one per language; urgent warnings ignore quiet hours). */
async function smsSegments(db: Db, topic: Topic | 'notice', villages: string[]) {
  const rows =
    (await smsQuery(db, topic, villages)
      ?.select(['a.language as language', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.language')
      .execute()) ?? [];
  return rows.map((r) => ({
    channel: 'sms' as const,
    language: r.language,
    quietStart: DEFAULT_SUBSCRIPTION.quietStart,
    quietEnd: DEFAULT_SUBSCRIPTION.quietEnd,
    count: Number(r.n),
  }));
}

export async function channelSegments(
  db: Db,
  topic: Topic | 'notice',
  villages: string[],
): Promise<ChannelSegment[]> {
  if (villages.length === 0) return [];
  const web = await webQuery(db, topic, villages)
    .select([
      'w.language as language',
      quietStartOf.as('quiet_start'),
      quietEndOf.as('quiet_end'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['w.language', quietStartOf, quietEndOf])
    .execute();
  const wechat =
    (await wechatQuery(db, topic, villages)
      ?.select(['r.language as language', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('r.language')
      .execute()) ?? [];
  return [
    ...web.map((r) => ({
      channel: 'web' as const,
      language: r.language,
      quietStart: r.quiet_start,
      quietEnd: r.quiet_end,
      count: Number(r.n),
    })),
    ...wechat.map((r) => ({
      channel: 'wechat' as const,
      language: r.language,
      quietStart: DEFAULT_SUBSCRIPTION.quietStart,
      quietEnd: DEFAULT_SUBSCRIPTION.quietEnd,
      count: Number(r.n),
    })),
    ...(await smsSegments(db, topic, villages)),
  ];
}

/**
 * One segment into the notices outbox with a single INSERT … SELECT: a `broadcast` notice per
 * resident, due at `deliverAt`, keyed by request and address so a repeat adds nothing.
 */
export async function enqueueChannelSegment(
  db: Db,
  requestId: number,
  priority: number,
  topic: Topic | 'notice',
  villages: string[],
  segment: Omit<ChannelSegment, 'count'>,
  deliverAt: Date,
  now: Date,
): Promise<void> {
  if (!Number.isSafeInteger(requestId) || !Number.isSafeInteger(priority))
    throw new Error(`Request id and priority must be integers, got ${requestId}, ${priority}.`);
  const payload = JSON.stringify({ requestId });
  const fixed = {
    channel: segment.channel,
    prefix: `broadcast:${requestId}:${segment.channel}:`,
  };
  // Literals, not parameters: PostgreSQL cannot infer a parameter's type in a select list.
  const common = (address: ReturnType<typeof sql<string>>) =>
    [
      sql<string>`${sql.lit(fixed.prefix)} || ${address}`.as('idempotency_key'),
      sql.lit(fixed.channel).as('channel'),
      address.as('recipient'),
      sql.lit('broadcast').as('kind'),
      sql.lit(payload).as('payload'),
      sql.lit(priority).as('priority'),
      sql.lit('pending').as('status'),
      sql.lit(0).as('attempts'),
      sql.lit(deliverAt.toISOString()).as('next_attempt_at'),
      sql.lit(now.toISOString()).as('created_at'),
      sql.lit(now.toISOString()).as('updated_at'),
    ] as const;
  const insert = () =>
    db
      .insertInto('notices')
      .columns([
        'idempotency_key',
        'channel',
        'recipient',
        'kind',
        'payload',
        'priority',
        'status',
        'attempts',
        'next_attempt_at',
        'created_at',
        'updated_at',
      ]);
  if (segment.channel === 'web') {
    const rows = webQuery(db, topic, villages)
      .select(common(sql<string>`w.device_id`))
      .where('w.language', '=', segment.language)
      .where(quietStartOf, '=', segment.quietStart)
      .where(quietEndOf, '=', segment.quietEnd);
    await insert()
      .expression(rows)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
    return;
  }
  if (segment.channel === 'sms') {
    const addresses = smsQuery(db, topic, villages);
    if (!addresses) return;
    const rows = addresses
      .select(common(sql<string>`cast(a.id as text)`))
      .where('a.language', '=', segment.language);
    await insert()
      .expression(rows)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
    return;
  }
  const followers = wechatQuery(db, topic, villages);
  if (!followers) return;
  const rows = followers
    .select(common(sql<string>`r.openid`))
    .where('r.language', '=', segment.language);
  await insert()
    .expression(rows)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/**
 * Whether any `broadcast` notice of the request is still pending, on any channel. Cheap while
 * the outbox is busy: it looks only at pending notices (the outbox's due index), not at history.
 */
export async function broadcastNoticesPending(db: Db, requestId: number): Promise<boolean> {
  if (!Number.isSafeInteger(requestId)) throw new Error(`Request id must be an integer.`);
  const row = await db
    .selectFrom('notices')
    .select('id')
    .where('status', '=', 'pending')
    .where('kind', '=', 'broadcast')
    .where('idempotency_key', 'like', `broadcast:${requestId}:%`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** One channel's broadcast notices in one status, with when the first was queued and the last touched. */
export interface NoticeCount {
  channel: string;
  status: string;
  count: number;
  firstCreatedAt: string;
  lastUpdatedAt: string;
  /** When the earliest of them is (or was) due: for pending ones, when they go. */
  firstDueAt: string;
}

/**
 * A request's `broadcast` notices grouped by channel and status, whatever channels the outbox
 * has (web, wechat, and any added later): found by the idempotency key this module gives them,
 * `broadcast:<request id>:<channel>:<address>`.
 */
export async function broadcastNoticeCounts(db: Db, requestId: number): Promise<NoticeCount[]> {
  if (!Number.isSafeInteger(requestId)) throw new Error(`Request id must be an integer.`);
  const rows = await db
    .selectFrom('notices')
    .select((eb) => [
      'channel',
      'status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('created_at').as('first_created_at'),
      eb.fn.max('updated_at').as('last_updated_at'),
      eb.fn.min('next_attempt_at').as('first_due_at'),
    ])
    .where('kind', '=', 'broadcast')
    .where('idempotency_key', 'like', `broadcast:${requestId}:%`)
    .groupBy(['channel', 'status'])
    .execute();
  return rows.map((r) => ({
    channel: String(r.channel),
    status: String(r.status),
    count: Number(r.n),
    firstCreatedAt: String(r.first_created_at),
    lastUpdatedAt: String(r.last_updated_at),
    firstDueAt: String(r.first_due_at),
  }));
}
