/**
 * The server URL as WeChat and an attacker see it: URL verification, signatures, replays, safe
 * mode, retries of a push, the access token going bad, oversized and hostile bodies.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/store.js';
import { useWechatHarness } from '../../helpers/wechat-follower.js';
import { ACCOUNT } from './wechat-harness.js';

describe.each(ENGINES)('the WeChat server URL (%s)', (engine) => {
  const h = useWechatHarness(engine);

  const residents = () => h.store.db.selectFrom('wechat_residents').selectAll().execute();
  const handled = () => h.store.db.selectFrom('wechat_processed_messages').selectAll().execute();

  it('passes the URL check with the right signature and refuses a wrong one', async () => {
    expect(await h.wechat.verifyUrl()).toEqual({ status: 200, body: 'echostr' });
    expect((await h.wechat.verifyUrl('0'.repeat(40))).status).toBe(401);
  });

  it('refuses a push with a bad signature, logs it without the body, and changes nothing', async () => {
    const answer = await h.wechat.text('o_wang', '我的秘密问题 13800000000', {
      signature: 'f'.repeat(40),
    });
    expect(answer.status).toBe(401);
    await h.settled();
    expect(await residents()).toEqual([]);
    expect(await handled()).toEqual([]);
    const refused = h.logs.filter((l) => l.includes('push refused'));
    expect(refused).toHaveLength(1);
    expect(h.logs.join('\n')).not.toContain('秘密');
    expect(h.logs.join('\n')).not.toContain('13800000000');
  });

  it('refuses a replayed push older than five minutes', async () => {
    const old = Math.floor(h.clock.at.getTime() / 1000) - 301;
    const answer = await h.wechat.text('o_wang', '你好', { timestamp: old });
    expect(answer.status).toBe(401);
    expect(await handled()).toEqual([]);
  });

  it('handles a retried push once', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    const before = h.wechat.received('o_wang').length;
    const first = await h.wechat.text('o_wang', '身份证丢了怎么补办', {
      msgId: '9000000000000000001',
    });
    const retry = await h.wechat.text('o_wang', '身份证丢了怎么补办', {
      msgId: '9000000000000000001',
    });
    await h.settled();
    expect([first.body, retry.body]).toEqual(['success', 'success']);
    expect(h.wechat.received('o_wang')).toHaveLength(before + 2);
    expect((await handled()).map((r) => r.message_key)).toContain('m:9000000000000000001');
  });

  it('works in safe mode: an encrypted push is decrypted, checked and answered', async () => {
    const answer = await h.wechat.follow('o_bataar', { scene: 'by-bayan', safe: true });
    expect(answer).toMatchObject({ status: 200, body: 'success' });
    await h.wechat.text('o_bataar', '驾驶证到期了怎么换', { safe: true });
    await h.settled();
    expect(h.wechat.texts('o_bataar')[0]).toContain('巴特尔');
    expect(h.wechat.texts('o_bataar').join('\n')).toContain('驾驶证');
  });

  it('refuses a safe-mode push whose message signature does not match', async () => {
    const { encryptMessage, aesKeyOf } = await import(
      '../../../src/channels/wechat/message-crypto.js'
    );
    const { sortedSha1 } = await import('../../../src/channels/wechat/signature.js');
    const inner =
      '<xml><ToUserName>gh</ToUserName><FromUserName>o_x</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>';
    const encrypted = encryptMessage(aesKeyOf(ACCOUNT.aesKey), ACCOUNT.appId, inner);
    const timestamp = String(Math.floor(h.clock.at.getTime() / 1000));
    const query = new URLSearchParams({
      signature: sortedSha1([ACCOUNT.token, timestamp, 'n1']),
      timestamp,
      nonce: 'n1',
      encrypt_type: 'aes',
      msg_signature: 'f'.repeat(40),
    });
    const answer = await fetch(`${h.base}/wechat?${query}`, {
      method: 'POST',
      body: `<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
    });
    expect(answer.status).toBe(401);
    expect(await handled()).toEqual([]);
  });

  it('renews a revoked access token once and delivers the answer', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    h.wechat.revokeToken();
    await h.wechat.text('o_wang', '户口迁移要带什么');
    await h.settled();
    const calls = h.wechat.state.calls.map((c) => `${c.path}:${c.errcode}`);
    const refused = calls.indexOf('/cgi-bin/message/custom/send:40001');
    expect(refused).toBeGreaterThan(-1);
    expect(calls.slice(refused + 1, refused + 3)).toEqual([
      '/cgi-bin/stable_token:0',
      '/cgi-bin/message/custom/send:0',
    ]);
    expect(calls.filter((c) => c.endsWith(':40001'))).toHaveLength(1);
    expect(h.wechat.texts('o_wang').length).toBeGreaterThan(2);
  });

  it('renews the access token before it expires, sharing it through the database', async () => {
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    const first = await h.store.db.selectFrom('wechat_access_tokens').selectAll().execute();
    expect(first).toHaveLength(1);
    h.advance(7200_000 - 60_000); // a minute before expiry: inside the five-minute margin
    h.wechat.state.issueToken(true); // WeChat would hand out a new one by now
    await h.wechat.text('o_wang', '你好');
    await h.settled();
    const second = await h.store.db.selectFrom('wechat_access_tokens').selectAll().execute();
    expect(second[0]?.token).not.toBe(first[0]?.token);
    expect(h.wechat.state.calls.some((c) => c.errcode === 40001 || c.errcode === 42001)).toBe(
      false,
    );
  });

  it('answers 413 to a 1 MB body and stores nothing', async () => {
    const answer = await h.wechat.raw(
      'o_wang',
      {},
      { rawBody: `<xml>${'a'.repeat(1024 * 1024)}</xml>` },
    );
    expect(answer.status).toBe(413);
    expect(await handled()).toEqual([]);
  });

  it('refuses XML with a DOCTYPE or entities (XXE) and malformed XML', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><ToUserName>gh</ToUserName><FromUserName>o_evil</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>5</MsgId></xml>`;
    expect((await h.wechat.raw('o_evil', {}, { rawBody: xxe })).status).toBe(400);
    expect((await h.wechat.raw('o_evil', {}, { rawBody: xxe, safe: true })).status).toBe(400);
    expect((await h.wechat.raw('o_evil', {}, { rawBody: '<xml><Content>x</xml>' })).status).toBe(
      400,
    );
    expect(await residents()).toEqual([]);
    expect(await handled()).toEqual([]);
  });
});
