/**
 * Writes the OCR fixtures: `node bin/run-ts.js scripts/render-screenshots.ts [outDir] [--all]`.
 * Without `--all` it writes the handful the tests use; with it, every sample in every variant
 * (for looking at them). Needs Debian's chromium and a CJK font (fonts-noto-cjk).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumMissing, launchChromium } from './headless-chromium.js';
import { FIXTURES } from './screenshots/fixtures.js';
import { ALL_VARIANTS, renderScreenshots } from './screenshots/render.js';
import { SAMPLE_MESSAGES } from './screenshots/samples.js';

const args = process.argv.slice(2);
const all = args.includes('--all');
const outDir = args.find((a) => !a.startsWith('--')) ?? 'tests/ocr/fixtures';
const missing = chromiumMissing();
if (missing) {
  console.error(`Cannot render: ${missing}.`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  const jobs = all
    ? [{ messages: SAMPLE_MESSAGES, variants: ALL_VARIANTS, name: undefined }]
    : FIXTURES.map((f) => ({
        messages: SAMPLE_MESSAGES.filter((m) => m.id === f.message),
        variants: [f.variant],
        name: f.file,
      }));
  for (const job of jobs) {
    for (const shot of await renderScreenshots(browser, job.messages, job.variants)) {
      const ext = shot.size.endsWith('jpeg') ? 'jpg' : 'png';
      const file =
        job.name ?? `${shot.message.id}.${shot.layout}.${shot.theme}.${shot.size}.${ext}`;
      writeFileSync(join(outDir, file), shot.bytes);
      console.log(`${file}  ${shot.bytes.length} bytes`);
    }
  }
} finally {
  await browser.close();
}
