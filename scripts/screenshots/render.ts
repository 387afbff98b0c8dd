import type { Browser } from 'playwright-core';
import { type Layout, pageHtml, type Theme } from './layout.js';
import type { SampleMessage } from './samples.js';

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
