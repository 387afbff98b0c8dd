/**
 * Photographs every screen a villager meets in the web chat, at the two phone sizes the issue
 * names (360×640 and 390×844), in Chinese and in Mongolian, and lists what a person would
 * stumble on in each (web-layout.ts):
 *
 *   node bin/run-ts.js scripts/screens/web-walk.ts [outDir]     (default data/screens/web)
 *
 * It runs the real web channel on a temporary SQLite database with the example county. Needs
 * Debian's chromium and fonts-noto-cjk; the PNGs stay out of git (data/screens/ is ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCountyFile } from '../../src/content/county-file.js';
import type { Locale } from '../../src/domain/locale.js';
import { openStore } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { importCountyData } from '../../src/store/places.repository.js';
import { chromiumMissing, launchChromium } from '../headless-chromium.js';
import { LAYOUT_PROBLEMS } from './web-layout.js';
import { startWalkServer } from './web-server.js';
import { STAND_IN_PUSH, walkWebChat } from './web-walk-steps.js';

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];
const LOCALES: Locale[] = ['zh-CN', 'mn'];

const outDir = process.argv[2] ?? 'data/screens/web';
const missing = chromiumMissing();
if (missing) {
  console.error(`Cannot take screenshots: ${missing}.`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'cunjing-walk-'));
const store = openStore(`sqlite:${join(dir, 'walk.db')}`);
await migrateToLatest(store.db);
await importCountyData(store.db, parseCountyFile(readFileSync('data/county.example.yaml', 'utf8')));
const server = await startWalkServer(store.db);
const browser = await launchChromium();
const found: string[] = [];
try {
  for (const size of SIZES) {
    for (const locale of LOCALES) {
      const folder = join(outDir, `${size.width}x${size.height}`, locale);
      mkdirSync(folder, { recursive: true });
      const context = await browser.newContext({
        viewport: size,
        deviceScaleFactor: 1,
        timezoneId: 'Asia/Shanghai',
        // The phone's own language: Inner Mongolia's phones are mostly set to Chinese.
        locale: 'zh-CN',
        geolocation: { latitude: 43.952, longitude: 116.071 },
        permissions: ['geolocation'],
      });
      await context.addInitScript({ content: STAND_IN_PUSH });
      const page = await context.newPage();
      page.on('pageerror', (e) => found.push(`${folder}: script error ${e.message}`));
      let n = 0;
      await walkWebChat({
        page,
        base: server.base,
        locale,
        db: store.db,
        async screen(name, options) {
          n += 1;
          const file = join(folder, `${String(n).padStart(2, '0')}-${name}.png`);
          await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
          const problems = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
          for (const p of problems) found.push(`${file}: ${p}`);
          console.log(`${file}${problems.length ? `  ⚠ ${problems.length}` : ''}`);
        },
      });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(join(outDir, 'problems.txt'), `${found.join('\n')}\n`);
console.log(
  found.length ? `\n${found.length} problems:\n${found.join('\n')}` : '\nNo problems found.',
);
