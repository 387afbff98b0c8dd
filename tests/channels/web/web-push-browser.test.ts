/**
 * 消息提醒 in Chromium at phone size: the page offers notifications once, and "开启提醒" asks the
 * browser, registers the service worker and sends the subscription, which the server stores for
 * this device. Headless Chromium has no push service to talk to, so the Push API's subscribe()
 * and the permission prompt are stood in for in the page; everything else (the page script, the
 * service worker, the API, the database) is real. A browser without the Push API (WeChat's web
 * view) is offered nothing, and "以后再说" is remembered.
 */
import { createECDH, randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../../scripts/headless-chromium.js';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { pushSubscriptionsOf } from '../../../src/store/web-push.repository.js';
import { createTestStore, type TestStore } from '../../helpers/store.js';
import { startWebChannel } from './web-client.js';

const present = chromiumMissing() === null;
if (!present) console.warn(`⚠ ${CHROMIUM} is absent: the Web Push browser test is skipped.`);
const t = createWebTranslate(LOCALES_DIR);

/** What the stand-in Push API hands the page: a real key pair's public half, as browsers do. */
function fakeSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/${randomBytes(8).toString('hex')}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

/** Runs in the page before its scripts: the permission prompt says yes, subscribe() answers. */
const standInPushApi = (sub: ReturnType<typeof fakeSubscription>) => ({
  content: `(() => {
    let permission = 'default';
    Object.defineProperty(Notification, 'permission', { get: () => permission });
    Notification.requestPermission = async () => { permission = 'granted'; return 'granted'; };
    PushManager.prototype.getSubscription = async () => null;
    PushManager.prototype.subscribe = async () => ({ toJSON: () => (${JSON.stringify(sub)}) });
  })();`,
});

describe.skipIf(!present)('消息提醒 in Chromium', () => {
  let browser: Browser;
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    store = await createTestStore('sqlite');
    ({ web, base } = await startWebChannel(store.db, {
      webPush: { contact: 'mailto:it@county.example', extraHosts: [] },
    }));
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });
  afterEach(async () => {
    await context.close();
    await web.close();
    await store.cleanup();
  });

  it('offers notifications, and turning them on stores this browser’s subscription', async () => {
    const sub = fakeSubscription();
    await context.addInitScript(standInPushApi(sub));
    const page = await context.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(String(e)));
    await page.goto(`${base}/web/?v=wl-hongqi`);
    const offer = page.locator('#push-offer');
    const enable = offer.getByRole('button', { name: t('zh-CN', 'web-push-enable') });
    await enable.waitFor();
    expect(await offer.locator('p').textContent()).toBe(t('zh-CN', 'web-push-offer'));
    await enable.click();
    await offer
      .getByText(t('zh-CN', 'web-push-on'))
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        throw new Error(`${e}: the bar says ${await offer.textContent()}; ${logs.join(' | ')}`);
      });
    const device = await page.evaluate('document.cookie');
    expect(device).toBe(''); // The device cookie is httpOnly: the page cannot read it.
    const [resident, ...others] = await store.db
      .withTables<{ web_residents: { device_id: string } }>()
      .selectFrom('web_residents')
      .select('device_id')
      .execute();
    expect(others).toEqual([]);
    expect(await pushSubscriptionsOf(store.db, resident?.device_id ?? '')).toEqual([sub]);
    // The service worker is in place for pushes that come while the page is closed.
    const workers = await page.evaluate(
      'navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.scope))',
    );
    expect(workers).toEqual([`${base}/web/`]);
  });

  it('remembers "not now", and offers nothing where the browser has no Push API', async () => {
    await context.addInitScript(standInPushApi(fakeSubscription()));
    const page = await context.newPage();
    await page.goto(`${base}/web/?v=wl-hongqi`);
    const offer = page.locator('#push-offer');
    await offer.getByRole('button', { name: t('zh-CN', 'web-push-later') }).click();
    await offer.waitFor({ state: 'hidden' });
    await page.reload();
    // The chat has loaded its session (the menu is drawn) and still no offer is shown.
    await page.locator('#menu button').first().waitFor();
    expect(await offer.isVisible()).toBe(false);

    const wechat = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // WeChat's web view has no Push API; the page must not offer what cannot work.
    await wechat.addInitScript({ content: 'delete window.PushManager;' });
    const inWechat = await wechat.newPage();
    await inWechat.goto(`${base}/web/?v=wl-hongqi`);
    await inWechat.locator('#menu button').first().waitFor();
    expect(await inWechat.locator('#push-offer').isVisible()).toBe(false);
    await wechat.close();
    const stored = await store.db
      .withTables<{ web_push_subscriptions: { endpoint: string } }>()
      .selectFrom('web_push_subscriptions')
      .select('endpoint')
      .execute();
    expect(stored).toEqual([]);
  });
});
