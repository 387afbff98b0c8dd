/**
 * Issue 12's "done when": phone-size screenshots (390×844, headless Chromium) of /stats, a
 * report card, a broadcast review request and a service answer, as 李警官, 赵所长 and 王大妈 see
 * them in the sandbox web chat. What is in view must read as Chinese: no locale codes and no
 * internal codes (`dispute`, `wl-hongqi`, `T-WULAN`), and the chart must be drawn.
 * `npm run screens` runs this file; the PNGs go to $SCREENS_DIR (default data/screens/).
 * Skipped, with a message, where /usr/bin/chromium is missing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from '../../scripts/headless-chromium.js';
import { type CapturedScreen, captureScreens } from '../../scripts/screens/capture.js';
import { playScenario, SCREENS, type Scenario } from '../../scripts/screens/scenario.js';
import { COUNTY_MORNING, useClockFrom } from '../helpers/clock.js';

const missing = chromiumMissing();
if (missing) console.warn(`⚠ ${missing}: the screenshots test is skipped.`);
const OUT = process.env.SCREENS_DIR ?? 'data/screens';

/** Codes people must never read: locales, categories, statuses, places. */
const CODES =
  /\b(zh-CN|zh|en|mn|dispute|clue|land|vice|fraud|in_progress|pending_review|approved|wl-[a-z]+|by-[a-z]+|xm-[a-z]+|T-[A-Z]+|ST-[A-Z]+)\b/;
const CHINESE = /[\u4e00-\u9fff]/;

describe.skipIf(missing !== null)('screenshots of the screens people read', () => {
  // 10:00 in the county, so quiet hours and "today" do not depend on the hour of the run.
  useClockFrom(COUNTY_MORNING);
  let scenario: Scenario;
  let browser: Browser;
  let shots: Map<string, CapturedScreen>;

  beforeAll(async () => {
    scenario = await playScenario();
    browser = await launchChromium();
    const captured = await captureScreens(browser, scenario.webChat.url, OUT, SCREENS);
    shots = new Map(captured.map((s) => [s.name, s]));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await scenario?.stop();
  });

  /** The messages in view. */
  const inView = (name: string) => shots.get(name)?.visibleText ?? [];

  it.each(SCREENS.map((s) => s.name))('%s reads as Chinese, without codes', (name) => {
    expect(inView(name).length).toBeGreaterThan(0);
    for (const text of inView(name)) {
      expect(text).toMatch(CHINESE);
      expect(text).not.toMatch(CODES);
    }
    // The persona bar names languages, not locale codes.
    expect(shots.get(name)?.chromeText).toContain('中文');
    expect(shots.get(name)?.chromeText).not.toMatch(CODES);
  });

  // The /stats text under the chart once printed each village's code beside its name
  // (「红旗村（wl-hongqi）」); it names the village only.
  it('/stats text under the chart names villages without their codes', () => {
    const summary = shots.get('stats')?.visibleText.find((t) => t.includes('按村')) ?? '';
    expect(summary).toContain('红旗村');
    expect(summary).not.toMatch(CODES);
  });

  it('draws the /stats chart, with its Chinese caption', () => {
    const stats = shots.get('stats');
    expect(stats?.images.length).toBeGreaterThan(0);
    expect(stats?.images.every((i) => i.loaded && i.naturalWidth >= 300)).toBe(true);
    expect(stats?.visibleText.join('\n')).toContain('反映统计图');
  });

  it('shows the review request with where it goes and to how many', () => {
    const review = shots.get('review-request')?.visibleText.join('\n') ?? '';
    expect(review).toContain('发送范围：红旗村（乌兰镇）');
    expect(review).toMatch(/接收 \d+ 人/);
  });
});
