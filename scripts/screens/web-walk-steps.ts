/**
 * A villager's walk through the web chat, from the poster's QR code to every screen they can
 * reach: a wrong code's page and the village chooser, the landing page, the notifications offer, the menu, a service answer, a scam verdict,
 * the report form and a submitted report, 我的 (my reports, one report's history and adding to
 * it, reminders, SMS settings), asking the officer, and larger text. `screen` is called at each
 * stop with a short name; the walk script photographs it, the phone-size test checks it.
 */
import type { Page } from 'playwright-core';
import { LOCALES_DIR } from '../../src/app/content.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';
import type { Locale } from '../../src/domain/locale.js';
import type { Db } from '../../src/store/database.js';
import { addEvent, listReports } from '../../src/store/reports.repository.js';
import { jpegWithGps } from '../../tests/channels/web/photo.test-data.js';

export const t = createWebTranslate(LOCALES_DIR);

export interface Walk {
  page: Page;
  base: string;
  locale: Locale;
  db: Db;
  /** A stop on the walk: the screen is ready to look at. */
  screen(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

const QUESTION = '身份证丢了咋补办';
const SCAM =
  '【医保局】您的医保卡已被冻结，请立即登录 https://ybj-gov.cn/verify 输入银行卡号和验证码解冻';

/** Runs in the page before its scripts: a browser with the Push API whose prompt says yes. */
export const STAND_IN_PUSH = `(() => {
  if (!('PushManager' in window)) return;
  let permission = 'default';
  Object.defineProperty(Notification, 'permission', { get: () => permission });
  Notification.requestPermission = async () => { permission = 'granted'; return 'granted'; };
  PushManager.prototype.getSubscription = async () => null;
})();`;

export async function walkWebChat(walk: Walk): Promise<void> {
  const { page, base, locale, screen } = walk;
  const tx = (key: string, vars?: Record<string, string>) => t(locale, key, vars);
  const bots = page.locator('#log div.bubble.bot');
  /** Taps and waits for the next answer from the chat. */
  const answerTo = async (tap: () => Promise<void>) => {
    const before = await bots.count();
    await tap();
    await bots.nth(before).waitFor();
  };
  const button = (key: string) => page.getByRole('button', { name: tx(key), exact: true }).last();
  const menu = (key: string) => answerTo(() => button(key).click());
  const send = async (text: string) => {
    await page.fill('#text', text);
    await answerTo(() => page.click('#send'));
  };

  // A poster with a wrong code: the page says so and lets the villager choose the village.
  await page.goto(`${base}/v/wl-nowhere`);
  await screen('unknown-village', { fullPage: true });
  await page.click(`a.big-button[href*="lang=${locale}"]`);
  await bots.first().waitFor();
  await screen('choose-township');

  await page.goto(`${base}/v/wl-hongqi`);
  await screen('landing', { fullPage: true });
  await page.click(`a.big-button[href*="lang=${locale}"]`);
  await bots.first().waitFor();
  const offer = page.locator('#push-offer');
  await offer.getByRole('button').first().waitFor();
  await screen('push-offer');
  await offer.getByRole('button', { name: tx('web-push-later') }).click();
  await offer.waitFor({ state: 'hidden' });
  await screen('chat-start');

  await menu('menu-services');
  await screen('services-menu');
  await send(QUESTION);
  await screen('service-answer');
  await answerTo(() => button('services-button-full').click());
  await screen('service-full');

  await button('menu-scam').click();
  await page.locator('.bubble.system').last().waitFor();
  await screen('scam-prompt');
  await send(SCAM);
  await screen('scam-verdict');

  await button('menu-report').click();
  const form = page.locator('form.report');
  await form.waitFor();
  await screen('report-form');
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  await screen('report-form-end');
  await form.locator('select').selectOption('theft');
  await form.locator('textarea').fill('昨晚羊圈里丢了三只羊，门锁被撬了。');
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'sheep.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
  await form.getByRole('button', { name: t(locale, 'web-report-use-location') }).click();
  await form.getByText(t(locale, 'web-report-location-set')).waitFor();
  await screen('report-form-filled');
  await answerTo(() => form.getByRole('button', { name: tx('web-report-submit') }).click());
  await screen('report-submitted');

  // The officer asks for more on Telegram; the villager finds it under 我的.
  const [report] = await listReports(walk.db, { limit: 1 });
  if (!report) throw new Error('the walk’s report was not stored');
  await addEvent(walk.db, report.id, 200001, 'info_request', '羊耳朵上有记号吗？');
  await menu('menu-mine');
  await screen('mine');
  await menu('mine-reports');
  await screen('my-reports');
  await answerTo(() =>
    page
      .getByRole('button', { name: new RegExp(report.reference) })
      .last()
      .click(),
  );
  await screen('my-report');
  await button('web-mine-add').click();
  await page.locator('form.addinfo').waitFor();
  await screen('add-info');
  await page.locator('form.addinfo textarea').fill('有，左耳剪了一个口');
  await answerTo(() => button('web-mine-add-submit').click());
  await screen('add-info-sent');

  await menu('menu-mine');
  await menu('mine-reminders');
  await screen('reminders');
  await menu('menu-mine');
  await menu('web-sms-title');
  await screen('sms-settings');
  await button('web-sms-add').click();
  await page.locator('.bubble.system').last().waitFor();
  await screen('sms-phone');

  await menu('menu-mine');
  await button('web-askofficer').click();
  await page.getByText(tx('web-askofficer-prompt')).last().waitFor();
  await screen('ask-officer');
  await send('村里的低保怎么申请？');
  await screen('ask-officer-sent');

  await page.click('#larger');
  await send(QUESTION);
  await screen('larger-answer');
  await menu('menu-mine');
  await screen('larger-mine');
  await page.click('#larger');
}
