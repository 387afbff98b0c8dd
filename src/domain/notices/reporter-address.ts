/**
 * Where a reporter hears about their report, without naming them. A named Telegram reporter is
 * addressed by their address there (opaque here: only the channel reads it); an anonymous one only by the report's relay key, which the Telegram
 * channel resolves when it sends (so the outbox row never holds the person's id); a web reporter
 * by their device. The notice row carries the report's id and is removed with the report's
 * personal data, so no address outlives retention.
 *
 * @example
 * reporterRecipient({ channel: 'telegram', relayKey: 'k3y' });
 * // → { channel: 'telegram', recipient: 'relay:k3y' }
 * relayKeyOf('relay:k3y'); // → 'k3y'
 */
import type { NoticeChannel } from './notice.js';

export type ReporterAddress =
  /** A named Telegram reporter: their own address on that channel. */
  | { channel: 'telegram'; address: string }
  /** An anonymous Telegram reporter: the relay, resolved only when the notice is sent. */
  | { channel: 'telegram'; relayKey: string }
  /** A web reporter, named or not: the device that filed the report. */
  | { channel: 'web'; deviceId: string };

const RELAY = 'relay:';

/** The notice's channel and recipient for a reporter's address. */
export function reporterRecipient(address: ReporterAddress): {
  channel: NoticeChannel;
  recipient: string;
} {
  if (address.channel === 'web') return { channel: 'web', recipient: address.deviceId };
  return 'relayKey' in address
    ? { channel: 'telegram', recipient: `${RELAY}${address.relayKey}` }
    : { channel: 'telegram', recipient: address.address };
}

/** The relay a notice's recipient stands for, or null when it is an address to use as it is. */
export function relayKeyOf(recipient: string): string | null {
  return recipient.startsWith(RELAY) ? recipient.slice(RELAY.length) : null;
}
