/**
 * Broadcast audiences outside Telegram: web residents (by device, with their person's reminder
 * settings),
 * WeChat followers and SMS addresses, matched by village code. Urgent warnings go to every
 * address a person allows; anything else to one address per person, the one they used last (a
 * device and its linked follower are one person). Their warnings go to the notices outbox,
 * enqueued inside the database one segment at a time (residents who share a language and quiet
 * hours), like the Telegram outbox, so an approval never loads its audience into memory.
 */
import { sql } from 'kysely';
import { DEFAULT_SUBSCRIPTION, type Topic } from '../domain/awareness/subscription.js';
import type { Db } from './database.js';
import { insertNoticeRows } from './notices.repository.js';
import type { PersonSubscriptionTable } from './person-subscriptions.repository.js';
import type { SmsAddressTable } from './sms.table.js';
import type { Target } from './subscriptions.repository.js';
import type { WebResidentTable } from './web-residents.repository.js';
import type { WechatResidentTable } from './wechat.table.js';

type Tables = {
  web_residents: WebResidentTable;
  wechat_residents: WechatResidentTable;
  sms_addresses: SmsAddressTable;
  person_subscriptions: PersonSubscriptionTable;
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

/**
 * Who a request reaches outside Telegram: the topic, the target's villages, and the channels
 * this deployment delivers on (absent: every one). A person's one copy of a non-urgent message
 * goes only to a channel that is delivered, so nobody is left out for a channel that is off.
 */
export interface Audience {
  topic: Topic | 'notice';
  villages: string[];
  channels?: ReadonlySet<string> | undefined;
}

const delivered = (a: Audience, channel: ChannelSegment['channel']) =>
  !a.channels || a.channels.has(channel);
/** Everything but urgent warnings goes to one address per person: the one used last. */
const oneCopy = (a: Audience) => a.topic !== 'urgent';
const quietStartOf = sql<string>`coalesce(s.quiet_start, ${sql.lit(DEFAULT_SUBSCRIPTION.quietStart)})`;
const quietEndOf = sql<string>`coalesce(s.quiet_end, ${sql.lit(DEFAULT_SUBSCRIPTION.quietEnd)})`;
/**
 * A follower's quiet hours: their person's (`ps`), else those of the person of the web device
 * they visited last (`s`, should that device not have joined their person), else the defaults.
 */
const followerQuietStartOf = sql<string>`coalesce(ps.quiet_start, s.quiet_start, ${sql.lit(DEFAULT_SUBSCRIPTION.quietStart)})`;
const followerQuietEndOf = sql<string>`coalesce(ps.quiet_end, s.quiet_end, ${sql.lit(DEFAULT_SUBSCRIPTION.quietEnd)})`;

/** The linked web device a follower (alias `follower`) visited last: its settings stand in for theirs. */
const lastDeviceOf = (follower: string) => sql<string>`(select l.device_id from wechat_web_links l
  join web_residents d on d.device_id = l.device_id
  where l.openid = ${sql.ref(`${follower}.openid`)}
  order by d.last_seen_at desc, l.device_id desc limit 1)`;

/**
 * Whether a follower (alias `follower`, their person's settings `person`, their last device's
 * `device`) takes the topic: the person's choice, else the device's, else yes.
 */
const followerTakes = (topic: Audience['topic'], person: string, device: string) =>
  topic === 'notice'
    ? sql<boolean>`1 = 1`
    : sql<boolean>`coalesce(${sql.ref(`${person}.${topic}`)}, ${sql.ref(`${device}.${topic}`)}, 1) = 1`;

/** The settings row `settings` (an alias) takes the topic: no row, or the topic on. */
const takesTopic = (topic: Audience['topic'], settings: string) =>
  topic === 'notice'
    ? sql<boolean>`1 = 1`
    : sql<boolean>`(${sql.ref(`${settings}.${topic}`)} is null or ${sql.ref(`${settings}.${topic}`)} = 1)`;

/** A web device in the audience, by the aliases of its resident and settings rows. */
const webMember = (a: Audience, device: string, settings: string) =>
  sql<boolean>`${sql.ref(`${device}.village_code`)} in (${sql.join(a.villages)}) and ${takesTopic(a.topic, settings)}`;

/**
 * One person, several addresses: a web device and the WeChat follower it is linked to (and the
 * follower's other linked devices). A device is linked only by opening the chat from the
 * account's menu, inside WeChat's own browser, so its visits are WeChat use too: for a
 * non-urgent message the follower, who gets a chat message that WeChat notifies, takes the place
 * of its linked devices. Without a follower in the audience, the device seen last of a person's
 * linked devices takes it (ties broken by device id).
 */
function webSupersededBy(a: Audience) {
  const newerDevice = sql<boolean>`exists (select 1 from wechat_web_links l
    join wechat_web_links l2 on l2.openid = l.openid and l2.device_id <> l.device_id
    join web_residents w2 on w2.device_id = l2.device_id
    left join person_addresses pw2 on pw2.channel = 'web' and pw2.address = w2.device_id
    left join person_subscriptions s2 on s2.person_id = pw2.person_id
    where l.device_id = w.device_id and ${webMember(a, 'w2', 's2')}
      and (w2.last_seen_at > w.last_seen_at
        or (w2.last_seen_at = w.last_seen_at and w2.device_id > w.device_id)))`;
  if (!delivered(a, 'wechat')) return newerDevice;
  const newerFollower = sql<boolean>`exists (select 1 from wechat_web_links l
    join wechat_residents r2 on r2.openid = l.openid
    left join person_addresses pa2 on pa2.channel = 'wechat' and pa2.address = r2.openid
    left join person_subscriptions ps2 on ps2.person_id = pa2.person_id
    left join person_addresses pd2 on pd2.channel = 'web' and pd2.address = ${lastDeviceOf('r2')}
    left join person_subscriptions s2 on s2.person_id = pd2.person_id
    where l.device_id = w.device_id and r2.subscribed = 1
      and r2.village_code in (${sql.join(a.villages)})
      and ${followerTakes(a.topic, 'ps2', 's2')})`;
  return sql<boolean>`(${newerDevice} or ${newerFollower})`;
}

/** Web residents in the villages whose person takes the topic (no settings row: everything on). */
function webQuery(db: Db, a: Audience) {
  let q = tables(db)
    .selectFrom('web_residents as w')
    .leftJoin('person_addresses as pw', (j) =>
      j.on('pw.channel', '=', 'web').onRef('pw.address', '=', 'w.device_id'),
    )
    .leftJoin('person_subscriptions as s', 's.person_id', 'pw.person_id')
    .where(webMember(a, 'w', 's'));
  if (oneCopy(a)) q = q.where(sql<boolean>`not ${webSupersededBy(a)}`);
  return q;
}

/**
 * WeChat followers in the villages who take the topic, by their reminder settings: their
 * person's (`ps`), else those of the person of the web device they visited last (`s`), else the
 * defaults (everything on). A linked follower takes a non-urgent message in place of
 * their devices (see `webSupersededBy`).
 */
function wechatQuery(db: Db, a: Audience) {
  return tables(db)
    .selectFrom('wechat_residents as r')
    .leftJoin('person_addresses as pa', (j) =>
      j.onRef('pa.address', '=', 'r.openid').on('pa.channel', '=', 'wechat'),
    )
    .leftJoin('person_subscriptions as ps', 'ps.person_id', 'pa.person_id')
    .leftJoin('person_addresses as pd', (j) =>
      j.on('pd.channel', '=', 'web').on(sql<boolean>`pd.address = ${lastDeviceOf('r')}`),
    )
    .leftJoin('person_subscriptions as s', 's.person_id', 'pd.person_id')
    .where('r.village_code', 'in', a.villages)
    .where('r.subscribed', '=', 1)
    .where(followerTakes(a.topic, 'ps', 's'));
}

/**
 * The village of the WeChat follower whose person has the number `a.phone` (a follower who gave
 * it inside WeChat): the number follows the follower when they change village.
 */
const followerVillageOf = sql<string | null>`(select r.village_code from person_addresses ps
  join person_addresses pw on pw.person_id = ps.person_id and pw.channel = 'wechat'
  join wechat_residents r on r.openid = pw.address
  where ps.channel = 'sms' and ps.address = a.phone and r.village_code is not null
  order by coalesce(r.last_message_at, '') desc limit 1)`;

/**
 * Verified, active SMS addresses in the villages that take urgent warnings by SMS. Only urgent
 * warnings go by SMS (each one costs the county, and SMS is for what cannot wait). An address a
 * web device verified follows that device's village, one a WeChat follower verified follows the
 * follower's; one imported by an officer has its own.
 */
function smsQuery(db: Db, a: Audience) {
  if (a.topic !== 'urgent') return null;
  return tables(db)
    .selectFrom('sms_addresses as a')
    .leftJoin('web_residents as d', 'd.device_id', 'a.device_id')
    .where(
      sql<string>`coalesce(d.village_code, ${followerVillageOf}, a.village_code)`,
      'in',
      a.villages,
    )
    .where('a.active', '=', 1)
    .where('a.urgent', '=', 1)
    .where('a.verified_at', 'is not', null);
}

/** SMS segments (one per language; urgent warnings ignore quiet hours). */
async function smsSegments(db: Db, a: Audience) {
  const rows =
    (await smsQuery(db, a)
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

/** The audience's segments on every delivered channel: residents who share language and quiet hours. */
export async function channelSegments(db: Db, a: Audience): Promise<ChannelSegment[]> {
  if (a.villages.length === 0) return [];
  const bySettings = [
    quietStartOf.as('quiet_start'),
    quietEndOf.as('quiet_end'),
    sql<number>`count(*)`.as('n'),
  ] as const;
  const web = delivered(a, 'web')
    ? await webQuery(db, a)
        .select(['w.language as language', ...bySettings])
        .groupBy(['w.language', quietStartOf, quietEndOf])
        .execute()
    : [];
  const wechat = delivered(a, 'wechat')
    ? await wechatQuery(db, a)
        .select([
          'r.language as language',
          followerQuietStartOf.as('quiet_start'),
          followerQuietEndOf.as('quiet_end'),
          sql<number>`count(*)`.as('n'),
        ])
        .groupBy(['r.language', followerQuietStartOf, followerQuietEndOf])
        .execute()
    : [];
  const segment = (channel: 'web' | 'wechat') => (r: (typeof web)[number]) => ({
    channel,
    language: r.language,
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
    count: Number(r.n),
  });
  return [
    ...web.map(segment('web')),
    ...wechat.map(segment('wechat')),
    ...(delivered(a, 'sms') ? await smsSegments(db, a) : []),
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
  audience: Audience,
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
  const insert = () => insertNoticeRows(db);
  if (segment.channel === 'web') {
    const rows = webQuery(db, audience)
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
    const rows = smsQuery(db, audience)
      ?.select(common(sql<string>`cast(a.id as text)`))
      .where('a.language', '=', segment.language);
    if (rows)
      await insert()
        .expression(rows)
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .execute();
    return;
  }
  const rows = wechatQuery(db, audience)
    .select(common(sql<string>`r.openid`))
    .where('r.language', '=', segment.language)
    .where(followerQuietStartOf, '=', segment.quietStart)
    .where(followerQuietEndOf, '=', segment.quietEnd);
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
