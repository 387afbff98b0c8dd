/**
 * Where a reporter hears about their report, without naming them. A named Telegram reporter is
 * addressed by their chat; an anonymous one only by the report's relay key, which the Telegram
 * channel resolves when it sends (so the outbox row never holds the person's id); a web reporter
 * by their device. The notice row carries the report's id and is removed with the report's
 * personal data, so no address outlives retention.
 *
 * @example
 * reporterRecipient({ channel: 'telegram', relayKey: 'k3y' });
 * // → { channel: 'telegram', recipient: 'relay:k3y' }
 * telegramTarget('relay:k3y'); // → { relayKey: 'k3y' }
 */
import type { NoticeChannel } from './notice.js';

export type ReporterAddress =
  /** A named Telegram reporter: their own chat. */
  | { channel: 'telegram'; chatId: number }
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
    : { channel: 'telegram', recipient: String(address.chatId) };
}

/** A Telegram notice's recipient: a chat id, or a relay the channel must resolve first. */
export function telegramTarget(recipient: string): { chatId: number } | { relayKey: string } {
  return recipient.startsWith(RELAY)
    ? { relayKey: recipient.slice(RELAY.length) }
    : { chatId: Number(recipient) };
}
