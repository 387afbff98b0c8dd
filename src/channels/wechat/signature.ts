/**
 * WeChat's request signatures. Every push to the server URL carries `signature` = SHA-1 of the
 * sorted, concatenated token, timestamp and nonce; in safe mode the body also carries
 * `msg_signature` = SHA-1 of the sorted token, timestamp, nonce and the `Encrypt` text.
 * Checked against the documentation of the server URL check and of message encryption:
 * https://developers.weixin.qq.com/doc/service/guide/dev/push/ (接入指南, 消息加解密说明) and
 * https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Message_Encryption/Technical_Plan.html
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-1 (hex) of the parts sorted as strings and joined, as WeChat computes both signatures. */
export function sortedSha1(parts: readonly string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

/**
 * Compares a received signature with the expected one in constant time. Both sides are hashed
 * first, so a wrong length takes as long as a wrong digit.
 */
export function sameSignature(received: string | null | undefined, expected: string): boolean {
  if (typeof received !== 'string' || received.length === 0) return false;
  const a = createHash('sha256').update(received.toLowerCase()).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export interface SignedQuery {
  signature?: string | null;
  timestamp?: string | null;
  nonce?: string | null;
}

/** The URL signature of a GET check or a POST push. */
export function urlSignatureValid(token: string, query: SignedQuery): boolean {
  const { timestamp, nonce } = query;
  if (!timestamp || !nonce) return false;
  return sameSignature(query.signature, sortedSha1([token, timestamp, nonce]));
}

/** The body signature of a safe-mode push (or of our encrypted passive reply). */
export function messageSignature(
  token: string,
  timestamp: string,
  nonce: string,
  encrypted: string,
): string {
  return sortedSha1([token, timestamp, nonce, encrypted]);
}

/** WeChat's replays are refused after this long (the issue asks for 5 minutes). */
export const TIMESTAMP_WINDOW_SECONDS = 300;

/** True when `timestamp` (seconds) is within five minutes of `now`, either side. */
export function timestampFresh(timestamp: string, now: Date): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= TIMESTAMP_WINDOW_SECONDS;
}
