/**
 * The adapter against a WeChat server written here from the public documentation alone, with
 * node:crypto and string templates, sharing no code with the adapter or the emulator's pusher
 * (which use the adapter's own signature, crypto and XML modules, so a mistake in those would pass
 * their round trips unseen):
 * - URL verification: `signature` = SHA-1 of token, timestamp and nonce sorted and joined
 *   (checked first against the example the documentation gives: Token "AAAAA", timestamp
 *   1714037059, nonce 486452656 → 899cf89e…);
 * - a signed plain-text push, and a menu click event (Event CLICK with the button's key);
 * - a safe-mode push: AES-256-CBC, key = Base64(EncodingAESKey + "="), IV = the key's first 16
 *   bytes, plaintext = 16 random bytes + 4-byte network-order length + XML + AppID, PKCS#7 to
 *   32 bytes; `msg_signature` = SHA-1 of token, timestamp, nonce and the ciphertext, sorted.
 * https://developers.weixin.qq.com/doc/service/guide/dev/push/encryption.html
 * https://developers.weixin.qq.com/doc/service/guide/dev/push/ (access guide, message formats)
 * The emulator serves only the API side here (tokens, customer-service messages), so the answers
 * can be read; the pushes come from this file.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import { MESSAGE_WINDOW } from '../../../src/sandbox/wechat/wechat-state.js';
import { ENGINES } from '../../helpers/store.js';
import { ACCOUNT, startWechatHarness, type WechatHarness } from './wechat-harness.js';

const t = createPlainTranslate(LOCALES_DIR);
const ACCOUNT_ID = 'gh_97417a04a28d';

/** The documentation's signature: sort the strings, join them, SHA-1 in hex. */
const docSignature = (...parts: string[]) =>
  createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');

/** The documentation's safe-mode encryption of one message. */
function docEncrypt(xml: string): string {
  const key = Buffer.from(`${ACCOUNT.aesKey}=`, 'base64');
  const body = Buffer.from(xml, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(ACCOUNT.appId)]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([
    cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
    cipher.final(),
  ]).toString('base64');
}

/** The documentation's decryption, for a passive reply in safe mode. */
function docDecrypt(encrypted: string): string {
  const key = Buffer.from(`${ACCOUNT.aesKey}=`, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([
    decipher.update(Buffer.from(encrypted, 'base64')),
    decipher.final(),
  ]);
  const unpadded = plain.subarray(0, plain.length - (plain[plain.length - 1] ?? 0));
  const length = unpadded.readUInt32BE(16);
  expect(unpadded.subarray(20 + length).toString()).toBe(ACCOUNT.appId);
  return unpadded.subarray(20, 20 + length).toString('utf8');
}

const cdata = (value: string) => `<![CDATA[${value}]]>`;

describe.each(ENGINES)(
  'the adapter against a server written from the documentation (%s)',
  (engine) => {
    let h: WechatHarness;
    let serial = 0;
    beforeEach(async () => {
      h = await startWechatHarness(engine);
    });
    afterEach(async () => {
      await h.close();
    });

    const timestamp = () => String(Math.floor(h.clock.at.getTime() / 1000));
    const nonce = () => String(1_000_000 + ++serial);

    /** A push as the documentation shows it: plain, or (safe) with only the ciphertext. */
    async function push(openid: string, fields: string, opts: { safe?: boolean } = {}) {
      const ts = timestamp();
      const n = nonce();
      const xml = `<xml><ToUserName>${cdata(ACCOUNT_ID)}</ToUserName><FromUserName>${cdata(openid)}</FromUserName><CreateTime>${ts}</CreateTime>${fields}</xml>`;
      const query = new URLSearchParams({
        signature: docSignature(ACCOUNT.token, ts, n),
        timestamp: ts,
        nonce: n,
        openid,
      });
      let body = xml;
      if (opts.safe) {
        const encrypted = docEncrypt(xml);
        query.set('encrypt_type', 'aes');
        query.set('msg_signature', docSignature(ACCOUNT.token, ts, n, encrypted));
        body = `<xml><ToUserName>${cdata(ACCOUNT_ID)}</ToUserName><Encrypt>${cdata(encrypted)}</Encrypt></xml>`;
      }
      const res = await fetch(`${h.base}/wechat?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body,
      });
      return { status: res.status, body: await res.text() };
    }

    /** What WeChat allows once a follower writes: customer-service messages for 48 hours. */
    function follows(openid: string) {
      h.wechat.state.resident(openid).following = true;
      h.wechat.state.interacted(openid, MESSAGE_WINDOW);
    }

    it('implements the documented signature (the documentation’s own example)', () => {
      expect(docSignature('AAAAA', '1714037059', '486452656')).toBe(
        '899cf89e464efb63f54ddac96b0a0a235f53aa78',
      );
    });

    it('passes URL verification: echoes echostr for the right signature only', async () => {
      const ts = timestamp();
      const n = nonce();
      const echostr = '7416541391473917412';
      const url = (signature: string) =>
        `${h.base}/wechat?${new URLSearchParams({ signature, timestamp: ts, nonce: n, echostr })}`;
      const good = await fetch(url(docSignature(ACCOUNT.token, ts, n)));
      expect(good.status).toBe(200);
      expect(await good.text()).toBe(echostr);
      const bad = await fetch(url(docSignature('another-token', ts, n)));
      expect(bad.status).not.toBe(200);
      expect(await bad.text()).not.toBe(echostr);
    });

    it('takes a signed follow by QR scene, a text message and a menu click', async () => {
      follows('o_doc_plain');
      const subscribe = await push(
        'o_doc_plain',
        `<MsgType>${cdata('event')}</MsgType><Event>${cdata('subscribe')}</Event><EventKey>${cdata('qrscene_wl-hongqi')}</EventKey><Ticket>${cdata('TICKET')}</Ticket>`,
      );
      expect(subscribe.status).toBe(200);
      await h.settled();
      expect(h.wechat.texts('o_doc_plain').join('\n')).toContain('红旗村');

      follows('o_doc_plain');
      let before = h.wechat.texts('o_doc_plain').length;
      const text = await push(
        'o_doc_plain',
        `<MsgType>${cdata('text')}</MsgType><Content>${cdata('身份证丢了怎么补办')}</Content><MsgId>24602370000000001</MsgId>`,
      );
      expect(text).toEqual({ status: 200, body: 'success' });
      await h.settled();
      const answer = h.wechat.texts('o_doc_plain').slice(before).join('\n');
      expect(answer).toContain('身份证');

      before = h.wechat.texts('o_doc_plain').length;
      const click = await push(
        'o_doc_plain',
        `<MsgType>${cdata('event')}</MsgType><Event>${cdata('CLICK')}</Event><EventKey>${cdata('main:scam')}</EventKey>`,
      );
      expect(click.status).toBe(200);
      await h.settled();
      expect(h.wechat.texts('o_doc_plain').slice(before)).toEqual([
        t('zh-CN', 'wechat-scam-prompt'),
      ]);
    });

    it('takes a safe-mode encrypted message and answers it', async () => {
      follows('o_doc_safe');
      await push(
        'o_doc_safe',
        `<MsgType>${cdata('event')}</MsgType><Event>${cdata('subscribe')}</Event><EventKey>${cdata('qrscene_by-bayan')}</EventKey><Ticket>${cdata('TICKET')}</Ticket>`,
        { safe: true },
      );
      await h.settled();
      follows('o_doc_safe');
      const before = h.wechat.texts('o_doc_safe').length;
      const answer = await push(
        'o_doc_safe',
        `<MsgType>${cdata('text')}</MsgType><Content>${cdata('驾驶证到期了怎么换')}</Content><MsgId>24602370000000002</MsgId>`,
        { safe: true },
      );
      expect(answer.status).toBe(200);
      // "success" (the work goes on asynchronously), or a passive reply, itself encrypted.
      if (answer.body !== 'success') {
        const encrypted = /<Encrypt><!\[CDATA\[(.*?)\]\]><\/Encrypt>/.exec(answer.body)?.[1] ?? '';
        expect(docDecrypt(encrypted)).toContain('<xml>');
      }
      await h.settled();
      expect(h.wechat.texts('o_doc_safe').slice(before).join('\n')).toContain('驾驶证');
      // Handled, and remembered by its MsgId against WeChat's retries.
      const handled = await h.store.db
        .selectFrom('wechat_processed_messages')
        .select('message_key')
        .execute();
      expect(handled.map((r) => r.message_key)).toContain('m:24602370000000002');
    });
  },
);
