/**
 * Which of a person's addresses takes a scheduled tip: a tip is not urgent, so a person gets one
 * copy, at the address they used last. Telegram addresses are compared with the person's web
 * devices and WeChat followers by their last use (`person_addresses.last_used_at`, else when the
 * address was made; a device's `last_seen_at`; a follower's `last_message_at`, else when they
 * followed), counting only addresses a tip can reach: an active Telegram user with a village, a web device with
 * a village, a follower who still follows, on a channel this deployment delivers. A tie goes to
 * Telegram. Between a person's devices and followers, `web-tips.repository.ts` keeps its own
 * rule (the follower, else the device seen last).
 *
 * Both sides are SQL conditions on the audience queries, so the choice is made inside the run's
 * transaction, row by row, with no audience in memory. Urgent warnings never ask: they go to
 * every address the person allows.
 */
import { type RawBuilder, sql } from 'kysely';

/** The channels besides Telegram that deliver tips here (`residentChannels`); absent: all. */
export type TipChannels = ReadonlySet<string> | undefined;

const on = (channels: TipChannels, channel: string) => !channels || channels.has(channel);

/** When a Telegram address (alias `a`) was last used. */
const telegramUsed = sql<string>`coalesce(a.last_used_at, a.created_at)`;

/**
 * The latest use of any reachable web device or WeChat follower of the person `personId`; null
 * when they have none.
 */
function othersUsed(personId: RawBuilder<unknown>, channels: TipChannels) {
  const parts = [
    ...(on(channels, 'web')
      ? [
          sql`select w.last_seen_at as used from person_addresses a
            join web_residents w on w.device_id = a.address
            join villages v on v.code = w.village_code
            where a.channel = 'web' and a.person_id = ${personId}`,
        ]
      : []),
    ...(on(channels, 'wechat')
      ? [
          sql`select coalesce(r.last_message_at, r.created_at) as used from person_addresses a
            join wechat_residents r on r.openid = a.address
            where a.channel = 'wechat' and a.person_id = ${personId} and r.subscribed = 1`,
        ]
      : []),
  ];
  if (parts.length === 0) return sql<string | null>`null`;
  return sql<string | null>`(select max(o.used) from (${sql.join(parts, sql` union all `)}) o)`;
}

/**
 * For the Telegram audience (address alias `pa`): the person used this Telegram address no
 * earlier than any reachable address elsewhere, or has none elsewhere.
 */
export function telegramTakesTip(channels: TipChannels): RawBuilder<boolean> {
  const others = othersUsed(sql.ref('pa.person_id'), channels);
  return sql<boolean>`(pa.person_id is null or ${others} is null
    or coalesce(pa.last_used_at, pa.created_at) >= ${others})`;
}

/**
 * For the web and WeChat audiences (address alias `pa`): no active Telegram address of the
 * person was used as late as their latest reachable address here.
 */
export function othersTakeTip(channels: TipChannels): RawBuilder<boolean> {
  const others = othersUsed(sql.ref('pa.person_id'), channels);
  return sql<boolean>`(pa.person_id is null or not exists (select 1 from person_addresses a
    join users u on u.telegram_id = case when a.channel = 'telegram' then cast(a.address as bigint) end
    join villages tv on tv.code = u.village_code
    where a.channel = 'telegram' and a.person_id = pa.person_id and u.active = 1
      and ${telegramUsed} >= ${others}))`;
}
