/**
 * A person and the addresses they are reached at. A person has an id of our own; each channel
 * knows them by an address on that channel: `telegram:<user id>`, `web:<device id>`,
 * `wechat:<openid>`, `sms:<+86 number>`. Workflows speak of people; channels turn an address
 * into a person at the edge (`store/people.repository.ts`).
 */
export const CHANNELS = ['telegram', 'web', 'wechat', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One way to reach a person, e.g. `{ channel: 'web', address: '<device id>' }`. */
export interface Address {
  channel: Channel;
  address: string;
}

/** A Telegram user's address: the channel's edge turns its user id into one. */
export const telegramAddress = (userId: number): Address => ({
  channel: 'telegram',
  address: String(userId),
});
export const webAddress = (deviceId: string): Address => ({ channel: 'web', address: deviceId });
export const wechatAddress = (openid: string): Address => ({ channel: 'wechat', address: openid });
export const smsAddress = (phone: string): Address => ({ channel: 'sms', address: phone });

/** `telegram:123`: for logs of ids and tests; never for a phone number in a log. */
export function formatAddress(a: Address): string {
  return `${a.channel}:${a.address}`;
}

/** Reads `channel:address`; null for anything else (an unknown channel, an empty address). */
export function parseAddress(text: string): Address | null {
  const at = text.indexOf(':');
  if (at < 1) return null;
  const channel = text.slice(0, at);
  const address = text.slice(at + 1);
  if (!(CHANNELS as readonly string[]).includes(channel) || !address) return null;
  return { channel: channel as Channel, address };
}

/**
 * When an address already belongs to another person and is added to this one, the two are one
 * person (merge) unless the other person keeps an address on a channel this one already uses:
 * then only the address moves. So a device opened from a second WeChat account moves to that
 * account without making the two accounts one person, and a number verified on a second device
 * moves to that device, as before; but a device with its number, opened from WeChat, joins the
 * follower whole (its points too).
 */
export function mergeOrMove(
  target: readonly Address[],
  other: readonly Address[],
  added: Address,
): 'merge' | 'move' {
  const used = new Set(target.map((a) => a.channel));
  const kept = other.filter((a) => !(a.channel === added.channel && a.address === added.address));
  return kept.some((a) => used.has(a.channel)) ? 'move' : 'merge';
}
