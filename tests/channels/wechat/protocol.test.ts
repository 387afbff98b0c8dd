/**
 * WeChat's protocol pieces on their own: safe-mode crypto, signatures, strict XML, message
 * splitting, defanged links, and the emulator's retries when the server does not answer.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { defangLinks } from '../../../src/channels/wechat/defang.js';
import { residentInputOf } from '../../../src/channels/wechat/inbound.js';
import {
  aesKeyOf,
  decryptMessage,
  encryptMessage,
  WechatCryptoError,
} from '../../../src/channels/wechat/message-crypto.js';
import { splitText } from '../../../src/channels/wechat/outgoing.js';
import { sortedSha1, urlSignatureValid } from '../../../src/channels/wechat/signature.js';
import { parseWechatXml, WechatXmlError } from '../../../src/channels/wechat/xml.js';
import { createPusher } from '../../../src/sandbox/wechat/wechat-pusher.js';
import { ACCOUNT } from './wechat-harness.js';

const key = aesKeyOf(ACCOUNT.aesKey);

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

describe('safe mode', () => {
  it('round-trips a message, padded to a multiple of 32 bytes', () => {
    const xml = '<xml><Content><![CDATA[身份证丢了]]></Content></xml>';
    const encrypted = encryptMessage(key, ACCOUNT.appId, xml, Buffer.alloc(16, 7));
    expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
    expect(decryptMessage(key, ACCOUNT.appId, encrypted)).toBe(xml);
  });

  it.skipIf(!hasOpenssl)('agrees with OpenSSL on the documented layout', () => {
    // Built by hand from the technical plan: 16 random bytes, 4-byte big-endian length, XML,
    // AppID, PKCS#7 to 32; encrypted by openssl, decrypted by us (and the other way round).
    const xml = '<xml><Content><![CDATA[红旗村]]></Content></xml>';
    const body = Buffer.from(xml);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const plain = Buffer.concat([Buffer.alloc(16, 1), length, body, Buffer.from(ACCOUNT.appId)]);
    const n = 32 - (plain.length % 32);
    const padded = Buffer.concat([plain, Buffer.alloc(n, n)]);
    const args = [
      'enc',
      '-aes-256-cbc',
      '-nopad',
      '-K',
      key.toString('hex'),
      '-iv',
      key.subarray(0, 16).toString('hex'),
    ];
    const theirs = execFileSync('openssl', args, { input: padded }).toString('base64');
    expect(decryptMessage(key, ACCOUNT.appId, theirs)).toBe(xml);
    expect(encryptMessage(key, ACCOUNT.appId, xml, Buffer.alloc(16, 1))).toBe(theirs);
  });

  it('refuses a message for another AppID, or under another key', () => {
    const encrypted = encryptMessage(key, 'wx0000000000000000', '<xml/>');
    expect(() => decryptMessage(key, ACCOUNT.appId, encrypted)).toThrow(WechatCryptoError);
    const other = aesKeyOf('ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut');
    expect(() =>
      decryptMessage(other, ACCOUNT.appId, encryptMessage(key, ACCOUNT.appId, '<xml/>')),
    ).toThrow(WechatCryptoError);
  });
});

describe('signatures', () => {
  it('is SHA-1 over the sorted token, timestamp and nonce', () => {
    // The documented example order: sort, join, hash.
    const expected = sortedSha1(['1409304348', 'xxxxxx', ACCOUNT.token]);
    expect(
      urlSignatureValid(ACCOUNT.token, {
        signature: expected,
        timestamp: '1409304348',
        nonce: 'xxxxxx',
      }),
    ).toBe(true);
    expect(
      urlSignatureValid(ACCOUNT.token, {
        signature: expected,
        timestamp: '1409304349',
        nonce: 'xxxxxx',
      }),
    ).toBe(false);
    expect(urlSignatureValid(ACCOUNT.token, { timestamp: '1', nonce: '1' })).toBe(false);
  });
});

describe('XML', () => {
  it('keeps every value a string, MsgId digits included', () => {
    const f = parseWechatXml(
      '<xml><FromUserName><![CDATA[o_1]]></FromUserName><CreateTime>1764727200</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[a<b]]></Content><MsgId>23456789012345678901</MsgId></xml>',
    );
    expect(f).toMatchObject({ MsgId: '23456789012345678901', Content: 'a<b' });
    expect(residentInputOf(f)?.dedupeKey).toBe('m:23456789012345678901');
  });

  it('maps a voice with recognition, a SCAN with a scene and a menu click', () => {
    const base = '<FromUserName>o_1</FromUserName><CreateTime>1764727200</CreateTime>';
    const voice = residentInputOf(
      parseWechatXml(
        `<xml>${base}<MsgType>voice</MsgType><MediaId>m</MediaId><Recognition>身份证丢了</Recognition><MsgId>1</MsgId></xml>`,
      ),
    );
    expect(voice?.action).toEqual({ kind: 'voice', mediaId: 'm', recognition: '身份证丢了' });
    const scan = residentInputOf(
      parseWechatXml(
        `<xml>${base}<MsgType>event</MsgType><Event>SCAN</Event><EventKey>wl-hongqi</EventKey></xml>`,
      ),
    );
    expect(scan?.action).toEqual({ kind: 'scan', scene: 'wl-hongqi' });
    expect(scan?.dedupeKey).toBe('e:o_1:1764727200:SCAN:wl-hongqi');
    const click = residentInputOf(
      parseWechatXml(
        `<xml>${base}<MsgType>event</MsgType><Event>CLICK</Event><EventKey>main:scam</EventKey></xml>`,
      ),
    );
    expect(click?.action).toEqual({ kind: 'choice', id: 'main:scam' });
  });

  it('refuses DOCTYPE, entities, malformed XML and a root other than <xml>', () => {
    for (const body of [
      '<!DOCTYPE x [<!ENTITY a "b">]><xml><A>&a;</A></xml>',
      '<xml><A>1</A>',
      '<other><A>1</A></other>',
    ])
      expect(() => parseWechatXml(body)).toThrow(WechatXmlError);
  });
});

describe('text for WeChat', () => {
  it('cuts long text at 2048 UTF-8 bytes, at line ends where it can', () => {
    const text = Array.from({ length: 200 }, (_, i) => `第${i}行：身份证补办要带户口簿`).join('\n');
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2048);
    expect(pieces.join('\n')).toBe(text);
  });

  it('defangs links so they cannot be tapped', () => {
    expect(defangLinks('点击 https://icbc-refund.top/pay?id=1 或 www.gov-cn.vip 办理')).toBe(
      '点击 hxxps://icbc-refund[.]top/pay?id=1 或 www[.]gov-cn[.]vip 办理',
    );
  });
});

describe('the emulator pushing like WeChat', () => {
  it('tries again after the delay when the server fails, with the same body', async () => {
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(bodies.length < 3 ? 503 : 200).end('success');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const push = createPusher({
      token: ACCOUNT.token,
      appId: ACCOUNT.appId,
      now: () => new Date('2026-12-03T02:00:00Z'),
      retryDelayMs: 0,
      answerTimeoutMs: 5000,
    });
    const result = await push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`, {
      FromUserName: 'o_1',
      CreateTime: 1,
      MsgType: 'text',
      Content: 'x',
      MsgId: '1',
    });
    await new Promise<void>((r) => server.close(() => r()));
    expect(result).toEqual({ status: 200, body: 'success', attempts: 3 });
    expect(new Set(bodies).size).toBe(1);
  });
});
