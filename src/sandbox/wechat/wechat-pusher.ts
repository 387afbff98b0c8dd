/**
 * Pushes residents' messages and events to the server URL as WeChat does: flat XML, signed in
 * the URL (`signature`, `timestamp`, `nonce`), in safe mode encrypted with `msg_signature` and
 * `encrypt_type=aes`. Without a timely 200 it tries again after `retryDelayMs` (WeChat: after 5 s,
 * three tries in all), with the very same body, so the server must de-duplicate.
 */
import { randomBytes } from 'node:crypto';
import { encryptMessage } from '../../channels/wechat/message-crypto.js';
import { messageSignature, sortedSha1 } from '../../channels/wechat/signature.js';
import { buildWechatXml } from '../../channels/wechat/xml.js';

export interface PusherOptions {
  token: string;
  appId: string;
  aesKey?: Buffer;
  now: () => Date;
  /** WeChat waits 5 s before trying again; tests make it 0. */
  retryDelayMs: number;
  /** How long WeChat waits for an answer (5 s). */
  answerTimeoutMs: number;
}

export interface PushOptions {
  safe?: boolean;
  /** Replaces the signature (a forged push). */
  signature?: string;
  /** Sends this exact body instead of the built XML (malformed, XXE, oversized). */
  rawBody?: string;
  /** Timestamp in seconds, instead of now (replays). */
  timestamp?: number;
}

export interface PushResult {
  status: number;
  body: string;
  attempts: number;
}

const TRIES = 3;

export function createPusher(options: PusherOptions) {
  const signed = (fields: Record<string, string | number>, push: PushOptions) => {
    const timestamp = String(push.timestamp ?? Math.floor(options.now().getTime() / 1000));
    const nonce = randomBytes(6).toString('hex');
    const query = new URLSearchParams({
      signature: push.signature ?? sortedSha1([options.token, timestamp, nonce]),
      timestamp,
      nonce,
    });
    const plain = buildWechatXml(fields);
    if (!push.safe) return { query, body: push.rawBody ?? plain };
    if (!options.aesKey) throw new Error('the emulator has no EncodingAESKey for safe mode');
    const encrypted = encryptMessage(options.aesKey, options.appId, push.rawBody ?? plain);
    query.set('encrypt_type', 'aes');
    query.set('msg_signature', messageSignature(options.token, timestamp, nonce, encrypted));
    const body = buildWechatXml({
      ToUserName: String(fields.ToUserName ?? ''),
      Encrypt: encrypted,
    });
    return { query, body };
  };

  return async function push(
    serverUrl: string,
    fields: Record<string, string | number>,
    pushOptions: PushOptions = {},
  ): Promise<PushResult> {
    const { query, body } = signed(fields, pushOptions);
    const url = `${serverUrl}?${query}`;
    let last: PushResult = { status: 0, body: '', attempts: 0 };
    for (let attempt = 1; attempt <= TRIES; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'text/xml' },
          body,
          signal: AbortSignal.timeout(options.answerTimeoutMs),
        });
        last = { status: res.status, body: await res.text(), attempts: attempt };
        // Only a lost or failed answer is retried; a refusal (4xx) is final, as WeChat does.
        if (res.status < 500) return last;
      } catch {
        last = { status: 0, body: '', attempts: attempt };
      }
      if (attempt < TRIES) await new Promise((r) => setTimeout(r, options.retryDelayMs));
    }
    return last;
  };
}
