/**
 * The server URL WeChat pushes to (PUBLIC_URL/wechat). GET is the URL check: a valid signature
 * gets `echostr` back. Every POST is checked before anything else: URL signature, a timestamp
 * within five minutes (replays), then the body (at most 64 KiB, else 413), in safe mode its
 * `msg_signature` and decryption, then strict XML. The push is recorded as handled (a retry of
 * the same MsgId is answered and dropped), answered "success" at once, well inside WeChat's 5 s,
 * and the resident's answer goes out afterwards as customer-service messages.
 * https://developers.weixin.qq.com/doc/service/guide/dev/push/ (接入指南, 被动回复, 消息加解密)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLimitedBody } from '../../http/limited-body.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { claimWechatMessage } from '../../store/wechat.repository.js';
import { type ResidentInput, residentInputOf } from './inbound.js';
import { decryptMessage, WechatCryptoError } from './message-crypto.js';
import { messageSignature, sameSignature, timestampFresh, urlSignatureValid } from './signature.js';
import { parseWechatXml, WechatXmlError, type XmlFields } from './xml.js';

/** WeChat's pushes are a few hundred bytes; 64 KiB leaves room and refuses floods. */
export const WECHAT_BODY_LIMIT = 64 * 1024;

export interface WechatWebhookOptions {
  token: string;
  appId: string;
  /** The AES key from WECHAT_AES_KEY; without it, safe-mode pushes are refused. */
  aesKey?: Buffer;
  db: Db;
  logger: Logger;
  /** The work after "success": runs in the background; errors are logged, never thrown. */
  handle(input: ResidentInput): Promise<void>;
  now?: () => Date;
  bodyLimit?: number;
}

export interface WechatWebhook {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Resolves when every push answered so far has been worked through (tests, shutdown). */
  settled(): Promise<void>;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(reason);
  }
}

export function createWechatWebhook(options: WechatWebhookOptions): WechatWebhook {
  const now = options.now ?? (() => new Date());
  const running = new Set<Promise<void>>();

  function checkUrl(query: URLSearchParams): void {
    const signed = {
      signature: query.get('signature'),
      timestamp: query.get('timestamp'),
      nonce: query.get('nonce'),
    };
    if (!urlSignatureValid(options.token, signed)) throw new Refused(401, 'bad signature');
    if (!timestampFresh(signed.timestamp ?? '', now())) throw new Refused(401, 'stale timestamp');
  }

  function openBody(query: URLSearchParams, body: string): XmlFields {
    const outer = parseWechatXml(body);
    if (query.get('encrypt_type') !== 'aes') return outer;
    const encrypted = outer.Encrypt;
    if (!options.aesKey || !encrypted) throw new Refused(400, 'safe mode is not set up');
    const expected = messageSignature(
      options.token,
      query.get('timestamp') ?? '',
      query.get('nonce') ?? '',
      encrypted,
    );
    if (!sameSignature(query.get('msg_signature'), expected))
      throw new Refused(401, 'bad message signature');
    return parseWechatXml(decryptMessage(options.aesKey, options.appId, encrypted));
  }

  /** The tail of each resident's work: one resident's pushes are worked through in order. */
  const tails = new Map<string, Promise<void>>();

  function startWork(input: ResidentInput): void {
    const previous = tails.get(input.from) ?? Promise.resolve();
    const work = previous
      .then(() => options.handle(input))
      .catch((error) =>
        options.logger.error('wechat: handling a push failed', {
          error: error instanceof Error ? error.message : String(error),
          kind: input.action.kind,
        }),
      )
      .finally(() => {
        running.delete(work);
        if (tails.get(input.from) === work) tails.delete(input.from);
      });
    tails.set(input.from, work);
    running.add(work);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const reply = (status: number, text: string): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    };
    try {
      if (req.method === 'GET') {
        checkUrl(query);
        return reply(200, query.get('echostr') ?? '');
      }
      if (req.method !== 'POST') return reply(405, 'method not allowed');
      checkUrl(query);
      const body = await readLimitedBody(req, res, options.bodyLimit ?? WECHAT_BODY_LIMIT);
      if (body === null) return;
      const input = residentInputOf(openBody(query, body));
      if (!input) throw new Refused(400, 'not a resident push');
      if (!(await claimWechatMessage(options.db, input.dedupeKey, now()))) {
        options.logger.debug('wechat: retry of a push already handled');
        return reply(200, 'success');
      }
      reply(200, 'success');
      startWork(input);
    } catch (error) {
      if (error instanceof Refused) {
        // Never the body: it may be a resident's words, or an attacker's payload.
        options.logger.warn('wechat: push refused', { reason: error.message, method: req.method });
        if (!res.headersSent)
          reply(error.status, error.status === 401 ? 'unauthorized' : 'bad request');
        return;
      }
      if (error instanceof WechatXmlError || error instanceof WechatCryptoError) {
        options.logger.warn('wechat: push refused', { reason: error.message });
        if (!res.headersSent) reply(400, 'bad request');
        return;
      }
      options.logger.error('wechat: push failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      // WeChat retries when it gets no good answer: a store that was down gets another chance.
      if (!res.headersSent) reply(503, 'try again');
    }
  }

  return {
    handle,
    async settled() {
      while (running.size) await Promise.all([...running]);
    },
  };
}
