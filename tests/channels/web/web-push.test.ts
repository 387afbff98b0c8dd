/**
 * 消息提醒 (Web Push) on a real database: a resident's page sends its browser's subscription,
 * which is checked (push services only, well-formed keys) and stored; a message stored in their
 * inbox while the page is closed reaches the push service once, encrypted for that browser and
 * signed with the server's VAPID key, saying only that there is a message. The push service is
 * nock at the HTTP level; the payload is decrypted with the browser's keys to read what it says.
 */
import { createECDH, randomBytes } from 'node:crypto';
import ece from 'http_ece';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { parsePushSubscription } from '../../../src/channels/web/push-endpoint.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { pushSubscriptionsOf } from '../../../src/store/web-push.repository.js';
import type { Described } from '../../../src/workflows/described.js';
import { COUNTY_MORNING, useFixedClock } from '../../helpers/clock.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const FCM = 'https://fcm.googleapis.com';

/** A browser's side of a subscription: its key pair and auth secret, as the Push API makes them. */
function browserKeys(path = `/fcm/send/${randomBytes(8).toString('hex')}`) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    path,
    subscription: {
      endpoint: `${FCM}${path}`,
      keys: {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: auth.toString('base64url'),
      },
    },
  };
}

const warning: Described = {
  tone: 'high',
  blocks: [{ type: 'paragraph', text: { text: '紧急：冒充公安的电话正在打进村里' } }],
  choices: [],
};

describe('a push subscription the page sends', () => {
  const good = browserKeys().subscription;

  it('is accepted on the browsers’ push services, with well-formed keys', () => {
    expect(parsePushSubscription(good)).toEqual(good);
    const firefox = { ...good, endpoint: 'https://updates.push.services.mozilla.com/wpush/v2/x' };
    expect(parsePushSubscription(firefox)?.endpoint).toBe(firefox.endpoint);
    const apple = { ...good, endpoint: 'https://web.push.apple.com/QGx' };
    expect(parsePushSubscription(apple)?.endpoint).toBe(apple.endpoint);
  });

  it.each([
    ['plain http', { ...good, endpoint: 'http://fcm.googleapis.com/fcm/send/x' }],
    ['an address inside the network', { ...good, endpoint: 'https://127.0.0.1/fcm/send/x' }],
    ['a look-alike host', { ...good, endpoint: 'https://fcm.googleapis.com.evil.example/x' }],
    ['a host ending alike', { ...good, endpoint: 'https://evilfcm.googleapis.com.cn/x' }],
    ['another port', { ...good, endpoint: 'https://fcm.googleapis.com:8443/x' }],
    ['credentials', { ...good, endpoint: 'https://a:b@fcm.googleapis.com/x' }],
    ['a very long endpoint', { ...good, endpoint: `${FCM}/${'x'.repeat(1100)}` }],
    ['no keys', { endpoint: good.endpoint }],
    ['a short auth secret', { ...good, keys: { ...good.keys, auth: 'AAAA' } }],
    ['a key that is no P-256 point', { ...good, keys: { ...good.keys, p256dh: 'A'.repeat(87) } }],
    ['markup in a key', { ...good, keys: { ...good.keys, auth: '<script>' } }],
    ['a string', 'https://fcm.googleapis.com/x'],
    ['nothing', null],
  ])('is refused with %s', (_, body) => {
    expect(parsePushSubscription(body)).toBeNull();
  });

  it('is accepted on a push service the installer added', () => {
    const other = { ...good, endpoint: 'https://push.example-browser.cn/p/1' };
    expect(parsePushSubscription(other)).toBeNull();
    expect(parsePushSubscription(other, ['example-browser.cn'])?.endpoint).toBe(other.endpoint);
  });
});

describe.each(ENGINES)('Web Push in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  // Notices fall due by the clock: stored and delivered at the same frozen instant.
  useFixedClock(COUNTY_MORNING);

  beforeEach(async () => {
    store = await createTestStore(engine);
    ({ web, base } = await startWebChannel(store.db, {
      webPush: { contact: 'mailto:it@county.example', extraHosts: [] },
    }));
  });
  afterEach(async () => {
    nock.cleanAll();
    await web.close();
    await store.cleanup();
  });

  const loop = () =>
    createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      // biome-ignore lint/style/noNonNullAssertion: Web Push is on in these tests.
      deliverers: { webpush: web.pushDeliverer! },
      logger: createMemoryLogger(),
    });

  async function subscribed() {
    const resident = new WebClient(base);
    await resident.open();
    const browser = browserKeys();
    const saved = await resident.post('/web/api/push', { subscription: browser.subscription });
    expect(saved.status).toBe(200);
    return { resident, browser, device: deviceOf(resident) };
  }

  it('offers the server key, and stores a subscription only with the device’s token', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const key = await resident.get('/web/api/pushkey');
    expect(key.body).toMatchObject({ available: true, subscribed: false });
    expect(Buffer.from(key.body.publicKey, 'base64url')).toHaveLength(65);
    // The same key on every start: it is kept in the database.
    const again = await startWebChannel(store.db, {
      webPush: { contact: 'mailto:it@county.example', extraHosts: [] },
    });
    const other = new WebClient(again.base);
    await other.open();
    expect((await other.get('/web/api/pushkey')).body.publicKey).toBe(key.body.publicKey);
    await again.web.close();

    const browser = browserKeys();
    const forged = await resident.post(
      '/web/api/push',
      { subscription: browser.subscription },
      false,
    );
    expect(forged.status).toBe(403);
    const internal = {
      ...browser.subscription,
      endpoint: 'https://10.0.0.5/fcm/send/x',
    };
    const refused = await resident.post('/web/api/push', { subscription: internal });
    expect(refused.status).toBe(400);
    expect(await pushSubscriptionsOf(store.db, deviceOf(resident))).toEqual([]);

    expect(
      (await resident.post('/web/api/push', { subscription: browser.subscription })).status,
    ).toBe(200);
    expect(await pushSubscriptionsOf(store.db, deviceOf(resident))).toEqual([browser.subscription]);
    expect((await resident.get('/web/api/pushkey')).body.subscribed).toBe(true);
  });

  it('lets a device forget its own subscription, not another device’s', async () => {
    const { resident, browser, device } = await subscribed();
    const stranger = new WebClient(base);
    await stranger.open();
    await stranger.post('/web/api/unpush', { endpoint: browser.subscription.endpoint });
    expect(await pushSubscriptionsOf(store.db, device)).toHaveLength(1);
    const off = await resident.post('/web/api/unpush', { endpoint: browser.subscription.endpoint });
    expect(off.body).toEqual({ subscribed: false });
    expect(await pushSubscriptionsOf(store.db, device)).toEqual([]);
  });

  it('nudges a closed page once, encrypted for its browser, saying only that a warning came', async () => {
    const { browser, device } = await subscribed();
    let received: { headers: Record<string, string | string[]>; body: Buffer } | null = null;
    const scope = nock(FCM)
      .post(browser.path)
      .reply(function (_uri, body) {
        received = {
          headers: this.req.headers as Record<string, string>,
          body: Buffer.from(body as string, 'hex'),
        };
        return [201, ''];
      });
    await web.deliver(device, warning);
    expect(await loop().drain()).toBeGreaterThan(0);
    expect(scope.isDone()).toBe(true);
    // biome-ignore lint/style/noNonNullAssertion: the interceptor ran (scope is done).
    const push = received!;
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.urgency).toBe('high');
    expect(push.headers.ttl).toBe('86400');
    expect(String(push.headers.authorization)).toMatch(
      /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/,
    );
    const plain = ece.decrypt(push.body, {
      version: 'aes128gcm',
      privateKey: browser.ecdh,
      authSecret: browser.auth.toString('base64url'),
    });
    expect(JSON.parse(plain.toString('utf8'))).toEqual({
      title: t('zh-CN', 'web-push-title'),
      body: t('zh-CN', 'web-push-urgent'),
      url: '/web/',
    });
    // The warning's words stay in the inbox; the push service never sees them.
    expect(plain.toString('utf8')).not.toContain('冒充公安');

    // Done once: another pass sends nothing more.
    expect(await loop().drain()).toBe(0);
  });

  it('sends no nudge to a device whose page is open, or that never subscribed', async () => {
    const { resident, device } = await subscribed();
    const bystander = new WebClient(base);
    await bystander.open();
    const stream = new AbortController();
    const res = await fetch(`${base}/web/api/events`, {
      headers: { cookie: resident.cookie },
      signal: stream.signal,
    }).catch(() => null);
    // The stream is open when its first frame has arrived.
    const reader = res?.body?.getReader();
    await reader?.read();
    const scope = nock(FCM).post(/.*/).reply(201);
    await web.deliver(device, warning);
    await web.deliver(deviceOf(bystander), warning);
    await loop().drain();
    expect(scope.isDone()).toBe(false);
    stream.abort();
  });

  it('leaves tips and awareness notices unnudged, in the inbox', async () => {
    const { device } = await subscribed();
    const webpushNotices = async () =>
      (await store.db.selectFrom('notices').select('id').where('channel', '=', 'webpush').execute())
        .length;
    await store.db.transaction().execute(async (trx) => {
      await web.storeMessage(trx, device, { ...warning, tone: 'info' }, { nudge: false });
    });
    expect(await webpushNotices()).toBe(0);
    await store.db.transaction().execute(async (trx) => {
      await web.storeMessage(trx, device, { ...warning, tone: 'info' });
    });
    expect(await webpushNotices()).toBe(1);
  });

  it('forgets an endpoint the push service says is gone, and retries one that is down', async () => {
    const { browser, device } = await subscribed();
    nock(FCM).post(browser.path).reply(500);
    await web.deliver(device, warning);
    await loop().drain();
    const retried = await store.db
      .selectFrom('notices')
      .select(['status', 'attempts'])
      .where('channel', '=', 'webpush')
      .executeTakeFirstOrThrow();
    expect(retried).toEqual({ status: 'pending', attempts: 1 });

    nock(FCM).post(browser.path).reply(410);
    await store.db
      .updateTable('notices')
      .set({ next_attempt_at: COUNTY_MORNING.toISOString() })
      .execute();
    await loop().drain();
    expect(await pushSubscriptionsOf(store.db, device)).toEqual([]);
    const done = await store.db
      .selectFrom('notices')
      .select('status')
      .where('channel', '=', 'webpush')
      .executeTakeFirstOrThrow();
    expect(done.status).toBe('sent');
  });
});
