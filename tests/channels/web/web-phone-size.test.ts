/**
 * The web chat at the narrowest phone the issue names (360×640), as a villager walks it from
 * the QR code in Chinese and in Mongolian (scripts/screens/web-walk-steps.ts, the same walk the
 * screenshot script takes): on every screen nothing is wider than the phone, every tap target
 * is at least 44 px high, no button's text is cut, the newest message sits above the menu and
 * text box, no message key or template shows, and Mongolian has its font. Then the ways out:
 * 取消 beside the text box and under each form, a menu button that drops a half-finished
 * prompt, a location button that says when there is no position, and a long answer shown from
 * its title.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../../scripts/headless-chromium.js';
import { LAYOUT_PROBLEMS } from '../../../scripts/screens/web-layout.js';
import { startWalkServer, type WalkServer } from '../../../scripts/screens/web-server.js';
import { STAND_IN_PUSH, t, walkWebChat } from '../../../scripts/screens/web-walk-steps.js';
import type { Locale } from '../../../src/domain/locale.js';
import { createTestStore, type TestStore } from '../../helpers/store.js';

const present = chromiumMissing() === null;
if (!present) console.warn(`⚠ ${CHROMIUM} is absent: the phone-size web chat test is skipped.`);
const SMALL_PHONE = { width: 360, height: 640 };

describe.skipIf(!present)('the web chat on a 360×640 phone', () => {
  let browser: Browser;
  let store: TestStore;
  let server: WalkServer;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    store = await createTestStore('sqlite');
    server = await startWalkServer(store.db);
  });
  afterEach(async () => {
    await context?.close();
    await server.close();
    await store.cleanup();
  });

  async function phone(options: { located?: boolean } = {}): Promise<Page> {
    context = await browser.newContext({
      viewport: SMALL_PHONE,
      timezoneId: 'Asia/Shanghai',
      ...(options.located === false
        ? {}
        : { geolocation: { latitude: 43.952, longitude: 116.071 }, permissions: ['geolocation'] }),
    });
    await context.addInitScript({ content: STAND_IN_PUSH });
    return context.newPage();
  }

  async function openChat(page: Page, locale: Locale = 'zh-CN') {
    await page.goto(`${server.base}/web/?v=wl-hongqi&lang=${locale}`);
    const village = locale === 'mn' ? 'ᠬᠥᠩ ᠴᠢ ᠲᠠᠰᠤᠭ' : '红旗村';
    await page.getByText(t(locale, 'web-village-set', { village })).waitFor();
    await page.locator('#push-offer').getByRole('button').first().waitFor();
  }

  it.each(['zh-CN', 'mn'] as const)(
    'every screen of the walk fits the phone and can be tapped (%s)',
    async (locale) => {
      const page = await phone();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const found: string[] = [];
      const seen: string[] = [];
      await walkWebChat({
        page,
        base: server.base,
        locale,
        db: store.db,
        async screen(name) {
          seen.push(name);
          for (const p of await page.evaluate<string[]>(LAYOUT_PROBLEMS))
            found.push(`${name}: ${p}`);
        },
      });
      expect(seen).toContain('larger-mine');
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    },
    90_000,
  );

  it('取消 beside the text box leaves the officer prompt; a question then gets a service answer', async () => {
    const page = await phone();
    await openChat(page);
    const cancel = page.locator('#cancel');
    expect(await cancel.isVisible()).toBe(false);
    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    await page.getByRole('button', { name: t('zh-CN', 'web-askofficer') }).click();
    await page.getByText(t('zh-CN', 'web-askofficer-prompt')).waitFor();
    expect(await cancel.textContent()).toBe(t('zh-CN', 'web-cancel'));
    expect((await cancel.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await cancel.click();
    await page.getByText(t('zh-CN', 'web-cancelled')).waitFor();
    expect(await cancel.isVisible()).toBe(false);
    expect(await page.getAttribute('#text', 'placeholder')).toBe(t('zh-CN', 'web-ask-placeholder'));
    await page.fill('#text', '身份证丢了咋补办');
    await page.click('#send');
    await page.locator('.bubble.bot .title', { hasText: '身份证' }).waitFor();
    const questions = await store.db
      .withTables<{ officer_questions: { id: number } }>()
      .selectFrom('officer_questions')
      .select('id')
      .execute();
    expect(questions).toEqual([]);
  });

  it('a menu button drops a half-finished prompt: the phone-number box becomes a question box again', async () => {
    const page = await phone();
    await openChat(page);
    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    await page.getByRole('button', { name: t('zh-CN', 'web-sms-title') }).click();
    await page.getByRole('button', { name: t('zh-CN', 'web-sms-add') }).click();
    await page.getByText(t('zh-CN', 'web-sms-phone-prompt')).waitFor();
    await page.getByRole('button', { name: t('zh-CN', 'menu-services') }).click();
    expect(await page.getAttribute('#text', 'placeholder')).toBe(t('zh-CN', 'web-ask-placeholder'));
    expect(await page.locator('#cancel').isVisible()).toBe(false);
  });

  it('the report form can be closed, and says so when the phone gives no position', async () => {
    const page = await phone({ located: false });
    await openChat(page);
    await page.getByRole('button', { name: t('zh-CN', 'menu-report') }).click();
    const form = page.locator('form.report');
    await form.waitFor();
    // The photo button speaks the page's language, not the browser's "Choose Files".
    const picker = form.locator('label.photo');
    expect(await picker.textContent()).toBe(t('zh-CN', 'web-photo-pick'));
    await form.getByRole('button', { name: t('zh-CN', 'web-report-use-location') }).click();
    await form.getByText(t('zh-CN', 'web-report-location-failed')).waitFor();
    await form.getByRole('button', { name: t('zh-CN', 'web-cancel') }).click();
    await page.getByText(t('zh-CN', 'web-cancelled')).waitFor();
    expect(await page.locator('form.report').count()).toBe(0);
  });

  it('the notifications offer comes after the first messages, whole and in view', async () => {
    const page = await phone();
    await openChat(page, 'mn');
    const offer = await page.locator('#push-offer').boundingBox();
    const header = await page.locator('header.top').boundingBox();
    const dock = await page.locator('#dock').boundingBox();
    expect(await page.locator('#log > *').last().getAttribute('id')).toBe('push-offer');
    expect(offer?.y ?? -1).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    expect((offer?.y ?? 0) + (offer?.height ?? 0)).toBeLessThanOrEqual(dock?.y ?? 0);
  });

  it('on a touch phone the menu steps aside while typing, and comes back after', async () => {
    context = await browser.newContext({ viewport: SMALL_PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.base}/web/?v=wl-hongqi&lang=zh-CN`);
    await page.getByText(t('zh-CN', 'web-village-set', { village: '红旗村' })).waitFor();
    const menu = page.locator('#menu');
    expect(await menu.isVisible()).toBe(true);
    await page.focus('#text');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
    await page.evaluate("document.getElementById('text').blur()");
    expect(await menu.isVisible()).toBe(true);
    expect(await page.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
  });

  it('a long answer is shown from its title, below the header, not from its last line', async () => {
    const page = await phone();
    await openChat(page);
    await page.fill('#text', '身份证丢了咋补办');
    await page.click('#send');
    const title = page.locator('.bubble.bot .title', { hasText: '身份证' });
    await title.waitFor();
    const header = await page.locator('header.top').boundingBox();
    const box = await title.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(SMALL_PHONE.height);
  });
});
