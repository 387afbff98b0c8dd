/**
 * OCR of phone screenshots: `npm run bench -- ocr`.
 *
 * Renders the sample messages (scripts/screenshots/samples.ts, written for this project) as
 * SMS and chat screenshots, light and dark, at 1080×2400, 720×1600 and as Telegram's 576×1280
 * JPEG, reads them with the bot's own reader (Tesseract), and reports characters right, how often
 * the scam check gives the same verdict as on the typed text, and the time per screenshot.
 * Targets: ≥ 95 % characters right, ≥ 95 % same verdict, < 3 s for a 1080×2400 screenshot.
 * Options: `--messages=N` (first N samples), `--sizes=1080x2400,720x1600`.
 * Needs chromium, fonts-noto-cjk and tesseract-ocr(-chi-sim); says so and skips without them.
 */

import { chromiumMissing, launchChromium } from '../scripts/headless-chromium.js';
import { ALL_VARIANTS, renderScreenshots } from '../scripts/screenshots/render.js';
import { SAMPLE_MESSAGES } from '../scripts/screenshots/samples.js';
import { checkMessage } from '../src/domain/fraud/index.js';
import { createScreenshotReader, tesseractEngine } from '../src/ocr/index.js';
import { charactersRight, childCpuSeconds, percentile } from './ocr-measure.js';

const TARGET_CHARS = 0.95;
const TARGET_SAME_VERDICT = 0.95;
const TARGET_SECONDS_1080 = 3;

const option = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const engine = tesseractEngine();
  const missing = chromiumMissing() ?? (await engine.missing());
  if (missing) {
    console.log(`ocr bench skipped: ${missing}`);
    return { skipped: missing };
  }
  const count = Number(option(args, 'messages') ?? SAMPLE_MESSAGES.length);
  const sizes = option(args, 'sizes')?.split(',');
  const messages = SAMPLE_MESSAGES.slice(0, count);
  const variants = ALL_VARIANTS.filter((v) => !sizes || sizes.includes(v.size));

  const browser = await launchChromium();
  const shots = await renderScreenshots(browser, messages, variants).finally(() => browser.close());
  const reader = createScreenshotReader(engine, { timeoutMs: 60_000, queue: 0 });

  type Row = {
    group: string;
    size: string;
    chars: number;
    same: boolean;
    wall: number;
    cpu: number;
  };
  const rows: Row[] = [];
  for (const shot of shots) {
    const cpuBefore = process.cpuUsage();
    const childBefore = (await childCpuSeconds()) ?? 0;
    const started = performance.now();
    const text = await reader.read(shot.bytes);
    const wall = (performance.now() - started) / 1000;
    const own = process.cpuUsage(cpuBefore);
    const cpu = (own.user + own.system) / 1e6 + ((await childCpuSeconds()) ?? 0) - childBefore;
    const typed = shot.message.bubbles.join('\n');
    rows.push({
      group: `${shot.layout}/${shot.theme}`,
      size: shot.size,
      chars: charactersRight(typed, text),
      same: checkMessage(typed).risk === checkMessage(text).risk,
      wall,
      cpu,
    });
  }

  const summary = (subset: Row[]) => ({
    screenshots: subset.length,
    characters_right: round(mean(subset.map((r) => r.chars)), 4),
    same_verdict: round(subset.filter((r) => r.same).length / subset.length, 4),
    seconds_p50: round(
      percentile(
        subset.map((r) => r.wall),
        50,
      ),
      2,
    ),
    seconds_p95: round(
      percentile(
        subset.map((r) => r.wall),
        95,
      ),
      2,
    ),
    cpu_seconds_p50: round(
      percentile(
        subset.map((r) => r.cpu),
        50,
      ),
      2,
    ),
  });
  const by = (key: (r: Row) => string) =>
    Object.fromEntries(
      [...new Set(rows.map(key))].map((k) => [k, summary(rows.filter((r) => key(r) === k))]),
    );
  const all = summary(rows);
  const big = summary(rows.filter((r) => r.size === '1080x2400'));
  return {
    engine: 'tesseract (Debian tesseract-ocr 5, chi_sim+eng), one thread',
    messages: messages.length,
    ...all,
    characters_right_ratio_to_target: round(all.characters_right / TARGET_CHARS, 3),
    same_verdict_ratio_to_target: round(all.same_verdict / TARGET_SAME_VERDICT, 3),
    seconds_1080x2400_p50: big.seconds_p50,
    seconds_1080x2400_p95: big.seconds_p95,
    cpu_seconds_1080x2400_p50: big.cpu_seconds_p50,
    seconds_1080x2400_ratio_to_target: round(big.seconds_p50 / TARGET_SECONDS_1080, 3),
    worst: rows
      .map((r, i) => ({ i, chars: r.chars }))
      .sort((a, b) => a.chars - b.chars)
      .slice(0, 3)
      .map(({ i, chars }) => {
        const shot = shots[i];
        return `${shot?.message.id} ${shot?.layout}/${shot?.theme}/${shot?.size}: ${round(chars, 3)}`;
      }),
    verdict_differs: rows.flatMap((r, i) =>
      r.same ? [] : [`${shots[i]?.message.id} ${r.group}/${r.size}`],
    ),
    by_layout_theme: by((r) => r.group),
    by_size: by((r) => r.size),
  };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
