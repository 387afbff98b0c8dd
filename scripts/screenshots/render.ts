/**
 * Renders sample messages as phone screenshots with Debian's Chromium through playwright-core
 * (no browser download). Each variant is a layout, a theme and a size:
 * - `1080x2400`: a full-resolution PNG, as a screenshot sent as a file;
 * - `720x1600`: a smaller phone's PNG;
 * - `576x1280-jpeg`: what Telegram makes of a 1080×2400 screenshot sent as a photo.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { type Layout, pageHtml, type Theme } from './layout.js';
import type { SampleMessage } from './samples.js';

export const CHROMIUM = '/usr/bin/chromium';

export const SIZES = {
  '1080x2400': { scale: 3, type: 'png' },
  '720x1600': { scale: 2, type: 'png' },
  '576x1280-jpeg': { scale: 1.6, type: 'jpeg' },
} as const;
export type Size = keyof typeof SIZES;

export interface Variant {
  layout: Layout;
  theme: Theme;
  size: Size;
}

export interface Screenshot extends Variant {
  message: SampleMessage;
  bytes: Buffer;
}

/** Every layout × theme × size, 12 variants. */
export const ALL_VARIANTS: Variant[] = (['sms', 'chat'] as const).flatMap((layout) =>
  (['light', 'dark'] as const).flatMap((theme) =>
    (Object.keys(SIZES) as Size[]).map((size) => ({ layout, theme, size })),
  ),
);

/** Why screenshots cannot be rendered here, or null when they can. */
export function rendererMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install -y chromium)`;
}

export async function launchRenderer(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Renders each message in each variant, in order, on one browser. */
export async function renderScreenshots(
  browser: Browser,
  messages: SampleMessage[],
  variants: Variant[],
): Promise<Screenshot[]> {
  const out: Screenshot[] = [];
  for (const scale of new Set(variants.map((v) => SIZES[v.size].scale))) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      deviceScaleFactor: scale,
    });
    const page = await context.newPage();
    // Nothing leaves the machine: the pages are self-contained.
    await page.route('**/*', (route) => route.abort());
    for (const variant of variants.filter((v) => SIZES[v.size].scale === scale)) {
      for (const message of messages) {
        await page.setContent(pageHtml(message, variant.layout, variant.theme));
        const type = SIZES[variant.size].type;
        const bytes = await page.screenshot(type === 'jpeg' ? { type, quality: 85 } : { type });
        out.push({ ...variant, message, bytes });
      }
    }
    await context.close();
  }
  return out;
}
