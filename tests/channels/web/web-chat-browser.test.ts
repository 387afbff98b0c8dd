import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../../scripts/headless-chromium.js';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebReportInput } from '../../../src/channels/web/reports-seam.js';
import { createWebSubmitter } from '../../../src/channels/web/submit-report.js';
import { createWebChannel, type WebChannel } from '../../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { loadServiceCatalog, type ServiceCatalog } from '../../../src/domain/services/catalog.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { createKeyvFactory } from '../../../src/store/keyv.js';
import {
  addEvent,
  eventsOf,
  getReport,
  listReports,
} from '../../../src/store/reports.repository.js';
import { countyTime } from '../../../src/workflows/reports/report-history.js';
import { awardReportPoints } from '../../../src/workflows/reports/triage-points.js';
import { acceptReport, moveStatus } from '../../../src/workflows/reports/triage-status.js';
import { createTestStore, type TestStore } from '../../helpers/store.js';
import { jpegWithGps } from './photo.test-data.js';

const present = chromiumMissing() === null;
if (!present) {
  console.warn(
    `⚠ ${CHROMIUM} is absent: the villagers' web chat browser test is skipped (apt-get install -y chromium fonts-noto-cjk).`,
  );
}
const PHONE = { width: 390, height: 844 };
/** The budget for the chat's first load, before fonts. */
const FIRST_LOAD_BUDGET = 100 * 1024;
const t = createWebTranslate(LOCALES_DIR);
/** Evaluated in the page: the font size of the last answer. */
const FONT_SIZE = "parseFloat(getComputedStyle(document.querySelector('.bubble.bot')).fontSize)";

let browser: Browser;
let catalog: ServiceCatalog;
let store: TestStore;
let web: WebChannel;
let base: string;
let reports: WebReportInput[] = [];
let evidenceDir: string;

async function bytesOf(page: Page, action: () => Promise<void>): Promise<number> {
  let total = 0;
  const count = async (request: import('playwright-core').Request) => {
    if (request.resourceType() === 'font') return;
    const sizes = await request.sizes();
    total += sizes.responseBodySize + sizes.responseHeadersSize;
  };
  const pending: Promise<void>[] = [];
  const listener = (request: import('playwright-core').Request) => {
    pending.push(count(request));
  };
  page.on('requestfinished', listener);
  await action();
  page.off('requestfinished', listener);
  await Promise.all(pending);
  return total;
}

describe.skipIf(!present)("the villagers' web chat in Chromium", () => {
  beforeAll(async () => {
    catalog = loadServiceCatalog(LOCALES_DIR);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    reports = [];
    store = await createTestStore('sqlite');
    evidenceDir = await mkdtemp(join(tmpdir(), 'cunjing-evidence-'));
    // The real report workflow, watched on the way in.
    const submit = createWebSubmitter({
      db: store.db,
      timeZone: 'Asia/Shanghai',
      evidenceDir,
      wakeNotices: () => {},
    });
    web = await createWebChannel({
      db: store.db,
      catalog,
      localesDir: LOCALES_DIR,
      logger: createMemoryLogger(),
      publicUrl: 'http://127.0.0.1',
      timeZone: 'Asia/Shanghai',
      evidenceDir,
      deliverQuestion: async () => true,
      codes: createKeyvFactory(store.db).create<unknown>('cache'),
      submitReport: async (input) => {
        reports.push(input);
        return submit(input);
      },
    });
    base = `http://127.0.0.1:${await web.listen(0, '127.0.0.1')}`;
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  it('from the QR code: ask a question, check a scam, report with a photo, find it in my reports and answer the officer, larger text, at phone size', async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });

    await page.goto(`${base}/v/wl-hongqi`);
    expect(await page.textContent('h2')).toBe(
      t('zh-CN', 'web-landing-heading', { village: '红旗村' }),
    );

    const chosen = t('zh-CN', 'web-village-set', { village: '红旗村' });
    const firstLoad = await bytesOf(page, async () => {
      await page.click('a.big-button[href*="lang=zh-CN"]');
      await page.getByText(chosen).waitFor();
    });
    // The browser's own timing of the chat page (no clock read here): when its DOM was ready.
    const interactiveMs = await page.evaluate<number>(
      "performance.getEntriesByType('navigation')[0].domInteractive",
    );
    console.log(
      `web chat first load (chat page, script, styles, API): ${firstLoad} bytes; DOM interactive after ${Math.round(interactiveMs)} ms`,
    );
    expect(firstLoad).toBeLessThan(FIRST_LOAD_BUDGET);
    expect(await page.textContent('.bubble.notice')).toBe(t('zh-CN', 'web-cookie-warning'));
    expect(new URL(page.url()).pathname).toBe('/web/');

    // A question typed as a villager would, answered directly in Chinese.
    await page.fill('#text', '身份证丢了咋补办');
    await page.click('#send');
    const title = catalog.kb.topic('idcard.lost', 'zh-CN')?.topic.title ?? '';
    await page.locator('.bubble.bot .title', { hasText: title }).waitFor();
    await page.getByText(t('zh-CN', 'services-button-full')).last().click();
    await page.getByText(t('zh-CN', 'services-section-pitfalls')).waitFor();

    // The scam check from the menu.
    await page.getByRole('button', { name: t('zh-CN', 'menu-scam') }).click();
    await page.fill(
      '#text',
      '【医保局】您的医保卡已被冻结，请立即登录 https://ybj-gov.cn/verify 输入银行卡号和验证码解冻',
    );
    await page.click('#send');
    const verdict = page.locator('.bubble.tone-high');
    await verdict.waitFor();
    expect(await verdict.locator('.title').textContent()).toBe(t('zh-CN', 'scam-risk-high'));
    expect(await verdict.textContent()).toContain('ybj-gov[.]cn');

    // Markup typed by a resident shows as typed and runs nothing.
    const typed = '<img src=x onerror="document.title=1"><b>粗体</b>';
    await page.fill('#text', typed);
    await page.click('#send');
    await page.locator('.bubble.me', { hasText: '粗体' }).waitFor();
    expect(await page.locator('.bubble.me').last().textContent()).toBe(typed);
    expect(await page.locator('#log img').count()).toBe(0);

    // An anonymous report through the form, with the cookie warning beside it.
    await page.getByRole('button', { name: t('zh-CN', 'menu-report') }).click();
    const form = page.locator('form.report');
    await form.waitFor();
    expect(await form.locator('.note').textContent()).toBe(t('zh-CN', 'web-cookie-warning'));
    await form.locator('select').selectOption('theft');
    await form.locator('textarea').fill('<b>昨晚</b>羊圈里丢了三只羊');
    await form.locator('input:not([type])').fill('红旗村东头羊圈');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'sheep.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
    await form.getByRole('button', { name: t('zh-CN', 'web-report-submit') }).click();
    const [received] = t('zh-CN', 'web-report-received', { reference: '\u0000' }).split('\u0000');
    await page.getByText(received ?? '').waitFor();
    const [stored] = await listReports(store.db, { limit: 10 });
    if (!stored) throw new Error('the report was not stored');
    const reference = stored.reference;
    await page.getByText(t('zh-CN', 'web-report-received', { reference })).waitFor();
    expect(reports[0]?.photos.map((p) => [p.type, p.bytes.includes('GPSLatitude')])).toEqual([
      ['image/jpeg', false],
    ]);
    expect(reports).toMatchObject([
      {
        category: 'theft',
        description: '<b>昨晚</b>羊圈里丢了三只羊',
        anonymous: true,
        villageCode: 'wl-hongqi',
      },
    ]);

    // My reports: the report just filed, in plain words; the officer's question; the answer.
    await addEvent(store.db, stored.id, 200001, 'info_request', '羊耳朵上有记号吗？');
    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    // 我的 → 我的反映 (the report's own answer offers the same button, higher up).
    await page
      .getByRole('button', { name: t('zh-CN', 'mine-reports') })
      .last()
      .click();
    const mine = t('zh-CN', 'web-mine-choice', {
      reference,
      status: t('zh-CN', 'status-new'),
    });
    await page.getByRole('button', { name: mine }).click();
    await page.getByText('羊耳朵上有记号吗？', { exact: false }).waitFor();
    await page.getByRole('button', { name: t('zh-CN', 'web-mine-add') }).click();
    const add = page.locator('form.addinfo');
    await add.waitFor();
    await add.locator('textarea').fill('有，左耳剪了一个口');
    await add
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ear.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
    await add.getByRole('button', { name: t('zh-CN', 'web-mine-add-submit') }).click();
    await page.getByText(t('zh-CN', 'web-mine-added', { reference })).waitFor();
    await page.locator('.bubble.bot li', { hasText: '有，左耳剪了一个口' }).waitFor();
    expect(await page.locator('form.addinfo').count()).toBe(0);
    expect((await eventsOf(store.db, stored.id)).map((e) => [e.type, e.actor_id])).toEqual([
      ['created', null],
      ['info_request', 200001],
      ['reporter_info', null],
      ['reporter_evidence', null],
    ]);

    // 我的 → ask my officer: the question is stored and the resident gets its number.
    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    await page
      .getByRole('button', { name: t('zh-CN', 'web-askofficer') })
      .last()
      .click();
    await page.fill('#text', '村里的低保怎么申请？');
    await page.click('#send');
    await page
      .getByText(t('zh-CN', 'ask-sent', { id: '1', officer: '张建军', phone: '13804790101' }))
      .waitFor();

    // At the narrowest phone the issue names, the report and its buttons still fit.
    await page.setViewportSize({ width: 360, height: 740 });
    await page
      .getByRole('button', { name: t('zh-CN', 'web-mine-back') })
      .last()
      .click();
    await page.getByRole('button', { name: mine }).last().waitFor();
    expect(await page.$eval('html', (n) => n.scrollWidth)).toBeLessThanOrEqual(360);
    const addBox = await page
      .getByRole('button', { name: t('zh-CN', 'web-mine-add') })
      .last()
      .boundingBox();
    expect(addBox?.height ?? 0).toBeGreaterThanOrEqual(48);
    await page.setViewportSize(PHONE);

    // Larger text, kept for the next visit; nothing wider than the phone.
    const before = await page.evaluate<number>(FONT_SIZE);
    await page.click('#larger');
    const after = await page.evaluate<number>(FONT_SIZE);
    expect(after).toBeGreaterThan(before * 1.2);
    expect(await page.$eval('html', (n) => n.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const sendBox = await page.locator('#send').boundingBox();
    expect(sendBox?.height ?? 0).toBeGreaterThanOrEqual(48);
    await page.reload();
    await page.locator('.bubble.notice').waitFor();
    expect(await page.$eval('body', (n) => n.classList.contains('larger'))).toBe(true);

    // Mongolian: the page's own texts switch, drawn with the bundled Mongolian font.
    await page.click('.lang[data-lang="mn"]');
    await page.getByRole('button', { name: t('mn', 'menu-scam') }).waitFor();
    const fonts = await page.evaluate<string[]>(
      `document.fonts.load('16px "Noto Sans Mongolian"', 'ᠮᠣᠩᠭᠣᠯ').then((f) => f.map((x) => x.status))`,
    );
    expect(fonts).toEqual(['loaded']);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a resolved report’s news arrives live with the question; 😊 closes it, a second press says it is recorded', async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/web/?v=wl-hongqi&lang=zh-CN`);
    await page.getByText(t('zh-CN', 'web-village-set', { village: '红旗村' })).waitFor();

    await page.getByRole('button', { name: t('zh-CN', 'menu-report') }).click();
    const form = page.locator('form.report');
    await form.locator('select').selectOption('neighbour');
    await form.locator('textarea').fill('邻居的牛踩了我家的麦子');
    await form.locator('input:not([type])').fill('红旗村二组');
    await form.getByRole('button', { name: t('zh-CN', 'web-report-submit') }).click();
    const [received] = t('zh-CN', 'web-report-received', { reference: '\u0000' }).split('\u0000');
    await page.getByText(received ?? '').waitFor();
    const [report] = await listReports(store.db, { limit: 10 });
    if (!report) throw new Error('the report was not stored');

    // The officer resolves it on Telegram; the notice loop brings the news to the open page.
    const officer = {
      personId: 200001,
      firstName: '李警官',
      role: 'officer' as const,
      scope: { kind: 'station' as const, code: 'ST-WULAN' },
    };
    const deps = { db: store.db, now: () => new Date() };
    await acceptReport(deps, officer, report.id);
    await moveStatus(deps, officer, report.id, 'resolved');
    const loop = createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'browser-test',
      deliverers: { web: webDeliverer(web) },
      logger: createMemoryLogger(),
    });
    await loop.drain();
    const question = t('zh-CN', 'feedback-question', { reference: report.reference });
    const news = page.locator('.bubble.bot', { hasText: question });
    await news.waitFor();
    const yes = news.getByRole('button', { name: t('zh-CN', 'feedback-yes') });
    expect(await news.getByRole('button').allTextContents()).toEqual([
      t('zh-CN', 'feedback-yes'),
      t('zh-CN', 'feedback-no'),
    ]);
    expect((await yes.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);

    await yes.click();
    await page.getByText(t('zh-CN', 'feedback-thanks')).waitFor();
    expect(await getReport(store.db, report.id)).toMatchObject({ status: 'closed' });
    await yes.click();
    await page
      .getByText(t('zh-CN', 'feedback-recorded', { reference: report.reference }))
      .waitFor();
    expect((await eventsOf(store.db, report.id)).filter((e) => e.type === 'feedback')).toHaveLength(
      1,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
  it('我的 → 我的积分 shows the points an officer awarded for a report, with the line and how to use them, at phone size', async () => {
    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/web/?v=wl-hongqi&lang=zh-CN`);
    await page.getByText(t('zh-CN', 'web-village-set', { village: '红旗村' })).waitFor();

    await page.getByRole('button', { name: t('zh-CN', 'menu-report') }).click();
    const form = page.locator('form.report');
    await form.locator('select').selectOption('theft');
    await form.locator('textarea').fill('村口有人冒充民警收“保证金”');
    await form.locator('input:not([type])').fill('红旗村村口');
    await form.locator('input[type="checkbox"]').uncheck();
    await form.getByRole('button', { name: t('zh-CN', 'web-report-submit') }).click();
    const [received] = t('zh-CN', 'web-report-received', { reference: '\u0000' }).split('\u0000');
    await page.getByText(received ?? '').waitFor();
    const [report] = await listReports(store.db, { limit: 10 });
    if (!report) throw new Error('the report was not stored');

    // The officer presses 🎁 有用线索 on the report's card in Telegram.
    const officer = {
      personId: 200001,
      firstName: '李警官',
      role: 'officer' as const,
      scope: { kind: 'station' as const, code: 'ST-WULAN' },
    };
    const award = await awardReportPoints(
      { db: store.db, now: () => new Date() },
      officer,
      report.id,
      {
        points: 10,
        reason: 'clue',
        reasonText: t('zh-CN', 'points-reason-clue'),
      },
    );
    expect(award).toMatchObject({ outcome: 'done', balance: 10 });
    const [row] = await store.db.selectFrom('point_ledger').select('at').execute();

    await page.getByRole('button', { name: t('zh-CN', 'menu-mine') }).click();
    await page
      .getByRole('button', { name: t('zh-CN', 'web-points') })
      .last()
      .click();
    const view = page.locator('.bubble.bot', {
      has: page.locator('.title', { hasText: t('zh-CN', 'points-title') }),
    });
    await view.waitFor();
    expect(await view.locator('.para').textContent()).toBe(
      t('zh-CN', 'points-balance', { balance: 10 }),
    );
    expect(await view.locator('li').allTextContents()).toEqual([
      t('zh-CN', 'points-history-award', {
        date: countyTime(row?.at ?? '', 'Asia/Shanghai').slice(0, 10),
        delta: '+10',
        reason: t('zh-CN', 'points-reason-clue'),
        reference: report.reference,
      }),
    ]);
    expect(await view.locator('.note').last().textContent()).toBe(t('zh-CN', 'points-how'));
    // The code to show at the village shop, one tap away.
    await view.getByRole('button', { name: t('zh-CN', 'points-code-button') }).click();
    const [before] = t('zh-CN', 'points-code', { code: '\u0000' }).split('\u0000');
    const coded = page.locator('.bubble.bot', { hasText: before ?? '' });
    await coded.waitFor();
    expect(await coded.textContent()).toMatch(/\d{6}/);
    // Nothing wider than the phone.
    expect(await page.$eval('html', (n) => n.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
