/**
 * Steps of the villagers' web chat in a real browser that several tests take: opening the chat
 * in 红旗村, filing a report through the form, and the station officer who then handles it.
 */
import type { Browser, Page } from 'playwright-core';
import { LOCALES_DIR } from '../../src/app/content.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';

const t = createWebTranslate(LOCALES_DIR);

/** 李警官 of 乌兰 station, as the triage workflows take the officer pressing a report's buttons. */
export const STATION_OFFICER = {
  personId: 200001,
  firstName: '李警官',
  role: 'officer' as const,
  scope: { kind: 'station' as const, code: 'ST-WULAN' },
};

/**
 * A new page with the chat open in 红旗村, in Chinese. `problems` collects the page's uncaught
 * script errors, for a test to assert there were none.
 */
export async function openVillageChat(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/web/?v=wl-hongqi&lang=zh-CN`);
  await page.getByText(t('zh-CN', 'web-village-set', { village: '红旗村' })).waitFor();
  return { page, problems };
}

/** The villager taps 我要反映, fills the form, sends it, and waits for the receipt. */
export async function fileReportInPage(
  page: Page,
  report: { category: string; description: string; place: string; anonymous?: boolean },
): Promise<void> {
  await page.getByRole('button', { name: t('zh-CN', 'menu-report') }).click();
  const form = page.locator('form.report');
  await form.locator('select').selectOption(report.category);
  await form.locator('textarea').fill(report.description);
  await form.locator('input:not([type])').fill(report.place);
  if (report.anonymous === false) await form.locator('input[type="checkbox"]').uncheck();
  await form.getByRole('button', { name: t('zh-CN', 'web-report-submit') }).click();
  const [received] = t('zh-CN', 'web-report-received', { reference: '\u0000' }).split('\u0000');
  await page.getByText(received ?? '').waitFor();
}
