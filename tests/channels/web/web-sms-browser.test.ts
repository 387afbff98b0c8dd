/**
 * 短信通知 on the real page in Chromium, at phone size: from 我的 the resident opens the SMS
 * settings, types a number in the main box, gets the code by SMS (the logging provider, through
 * the outbox), types it, sees the number verified and masked, and turns on report news.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../../scripts/headless-chromium.js';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { logSms } from '../../../src/channels/sms/log-provider.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { smsDeliverer } from '../../../src/channels/sms/sms-notices.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { smsTables } from '../../../src/store/sms.table.js';
import { createTestStore, type TestStore } from '../../helpers/store.js';
import { startWebChannel } from './web-client.js';

const present = chromiumMissing() === null;
if (!present) console.warn(`⚠ ${CHROMIUM} is absent: the SMS settings browser test is skipped.`);
const t = createWebTranslate(LOCALES_DIR);

describe.skipIf(!present)('SMS settings on the web page in Chromium', () => {
  let browser: Browser;
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  const texts: SmsMessage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    texts.length = 0;
    store = await createTestStore('sqlite');
    ({ web, base } = await startWebChannel(store.db, { sms: true }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  const deliver = () =>
    createNoticeLoop({
      db: store.db,
      engine: 'sqlite',
      workerId: 'test',
      deliverers: {
        sms: smsDeliverer({
          db: store.db,
          provider: logSms({ info: () => {} }, (m) => texts.push(m)),
          signName: '乌兰县公安局',
          t,
          publicUrl: base,
          limits: { perNumberPerHour: 5, perMinute: 60 },
        }),
      },
      logger: { warn: () => {}, error: () => {} },
    }).drain();

  it('verifies a number from 我的 and keeps the choice of report news', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/web/?v=wl-hongqi`);
    await page.getByText(t('zh-CN', 'web-village-set', { village: '红旗村' })).waitFor();

    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    await page.getByRole('button', { name: t('zh-CN', 'web-sms-title') }).click();
    await page.getByRole('button', { name: t('zh-CN', 'web-sms-add') }).click();
    await page.getByText(t('zh-CN', 'web-sms-phone-prompt')).waitFor();
    expect(await page.getAttribute('#text', 'placeholder')).toBe(
      t('zh-CN', 'web-sms-phone-placeholder'),
    );
    await page.fill('#text', '138 0013 8000');
    await page.click('#send');
    await page.getByText(t('zh-CN', 'web-sms-code-sent', { phone: '138****8000' })).waitFor();
    expect(await page.getAttribute('#text', 'placeholder')).toBe(
      t('zh-CN', 'web-sms-code-placeholder'),
    );

    await deliver();
    const code = texts[0]?.params[0]?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await page.fill('#text', code);
    await page.click('#send');
    await page.getByText(t('zh-CN', 'web-sms-verified', { phone: '138****8000' })).waitFor();
    await page.getByRole('button', { name: t('zh-CN', 'web-sms-reports', { mark: '⬜' }) }).click();
    await page
      .getByRole('button', { name: t('zh-CN', 'web-sms-reports', { mark: '✅' }) })
      .waitFor();
    expect(
      await smsTables(store.db)
        .selectFrom('sms_addresses')
        .select(['phone', 'report_news', 'urgent'])
        .execute(),
    ).toEqual([{ phone: '+8613800138000', report_news: 1, urgent: 1 }]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
