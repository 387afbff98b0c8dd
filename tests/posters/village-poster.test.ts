/**
 * The village poster: an A4 page whose big code, read back from the PNG by a QR decoder, opens
 * the web chat for that village (and whose small code opens the bot); every Chinese character on
 * it is drawn by the bundled font (no tofu boxes), and names are escaped into the SVG. Through
 * the CLI, `cunjing qr <village> --poster` and `--all` write the files a county office prints.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRImport from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/app/content.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';
import { renderPng } from '../../src/charts/render-png.js';
import { svgDocument, svgText } from '../../src/charts/svg.js';
import type { CliIo } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/index.js';
import {
  POSTER_SIZE,
  villagePosterPng,
  villagePosterSvg,
} from '../../src/posters/village-poster.js';
import type { VillageContext } from '../../src/store/places.repository.js';
import { getVillageContext } from '../../src/store/places.repository.js';
import { createTestStore } from '../helpers/store.js';

const t = createWebTranslate(LOCALES_DIR);
// jsqr is CommonJS: at run time its default import is the decoder itself.
const jsQR = jsQRImport as unknown as typeof jsQRImport.default;
const WEB = 'https://cunjing.example.cn/v/wl-hongqi';
const BOT = 'https://t.me/cunjing_bot?start=v_wl-hongqi';

/** The QR code inside a rectangle of the page, decoded as a phone would. */
function decodeRegion(png: PNG, x: number, y: number, size: number): string | null {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++) {
    const from = ((y + row) * png.width + x) * 4;
    data.set(png.data.subarray(from, from + size * 4), row * size * 4);
  }
  return jsQR(data, size, size)?.data ?? null;
}

/** The pixels a character draws with the bundled fonts, to compare with a missing glyph's box. */
function glyph(char: string): Buffer {
  const svg = svgDocument(80, 80, [svgText(char, 8, 64, { size: 64, color: '#000000' })]);
  return PNG.sync.read(renderPng(svg)).data;
}

describe('the village poster', () => {
  let place: VillageContext;
  beforeAll(async () => {
    const store = await createTestStore('sqlite');
    const found = await getVillageContext(store.db, 'wl-hongqi');
    if (!found) throw new Error('the example county has 红旗村');
    place = found;
    await store.cleanup();
  });

  it('is an A4 page whose big code opens the village’s web chat and whose small one opens the bot', () => {
    const png = PNG.sync.read(villagePosterPng({ place, webUrl: WEB, telegramUrl: BOT, t }));
    expect([png.width, png.height]).toEqual([POSTER_SIZE.width, POSTER_SIZE.height]);
    expect(decodeRegion(png, 515, 790, 1450)).toBe(WEB);
    expect(decodeRegion(png, 2030, 2590, 300)).toBe(BOT);
  });

  it('carries the village, the officer, what cunjing does and the emergency numbers', () => {
    const svg = villagePosterSvg({ place, webUrl: WEB, telegramUrl: null, t });
    for (const words of [
      '红旗村',
      t('zh-CN', 'poster-scan'),
      t('zh-CN', 'poster-can-scam'),
      t('zh-CN', 'poster-officer', {
        officer: place.village.officer.name['zh-CN'],
        phone: place.village.officer.phone,
      }),
      t('zh-CN', 'poster-emergency'),
    ])
      expect(svg).toContain(words);
    // No Telegram code (and no words for it) without the bot's name.
    expect(svg).not.toContain(t('zh-CN', 'poster-telegram'));
  });

  it('falls back to the Telegram code alone, and needs at least one address', () => {
    const png = PNG.sync.read(villagePosterPng({ place, webUrl: null, telegramUrl: BOT, t }));
    expect(decodeRegion(png, 515, 790, 1450)).toBe(BOT);
    expect(() => villagePosterSvg({ place, webUrl: null, telegramUrl: null, t })).toThrow(
      /PUBLIC_URL/,
    );
  });

  it('draws every Chinese character of its texts with the bundled font, none as a box', () => {
    const keys = readFileSync(join(LOCALES_DIR, 'zh-CN', 'poster.ftl'), 'utf8')
      .split('\n')
      .filter((l) => /^poster-[\w-]+ = /.test(l))
      .map((l) => l.split(' = ')[0] as string);
    const words = keys.map((k) => t('zh-CN', k, { station: '', officer: '', phone: '' }));
    const hanzi = [...new Set([...words.join('')].filter((c) => /\p{Script=Han}/u.test(c)))];
    expect(hanzi.length).toBeGreaterThan(60);
    const box = glyph('\ue000');
    const missing = hanzi.filter((c) => glyph(c).equals(box));
    expect(missing).toEqual([]);
  });

  it('escapes names from the county file', () => {
    const odd = structuredClone(place);
    odd.village.name = { 'zh-CN': '<东沟> & 西沟' };
    const svg = villagePosterSvg({ place: odd, webUrl: WEB, telegramUrl: null, t });
    expect(svg).toContain('&lt;东沟&gt; &amp; 西沟');
    expect(svg).not.toContain('<东沟>');
  });
});

describe('cunjing qr --poster', () => {
  function cli(env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'poster-'));
    const io: CliIo & { lines: string[]; errors: string[] } = {
      lines: [],
      errors: [],
      out: (l) => io.lines.push(l),
      err: (l) => io.errors.push(l),
      env: { DATABASE_URL: `sqlite:${join(dir, 'c.db')}`, ...env },
    };
    return { dir, io };
  }
  const county = new URL('../../data/county.example.yaml', import.meta.url).pathname;

  it('writes one village’s poster, and every village’s with --all', async () => {
    const { dir, io } = cli({ PUBLIC_URL: 'https://cunjing.example.cn' });
    expect(await runCli(['villages', 'import', county], io)).toBe(0);
    const out = join(dir, 'hongqi.png');
    expect(await runCli(['qr', 'wl-hongqi', '--poster', '--out', out], io)).toBe(0);
    const png = PNG.sync.read(readFileSync(out));
    expect(decodeRegion(png, 515, 790, 1450)).toBe(WEB);

    const all = cli({ PUBLIC_URL: 'https://cunjing.example.cn' });
    expect(await runCli(['villages', 'import', county], all.io)).toBe(0);
    expect(
      await runCli(['qr', '--all', '--poster', '--dir', join(all.dir, 'posters')], all.io),
    ).toBe(0);
    const written = readdirSync(join(all.dir, 'posters')).sort();
    expect(written.length).toBeGreaterThan(3);
    expect(written).toContain('wl-hongqi-poster.png');
  });

  it('says what to set when there is no address to put on it, and refuses a wrong village', async () => {
    const { dir, io } = cli({});
    expect(await runCli(['villages', 'import', county], io)).toBe(0);
    expect(await runCli(['qr', 'wl-hongqi', '--poster', '--out', join(dir, 'p.png')], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/PUBLIC_URL .* or BOT_USERNAME/);
    const withUrl = cli({ PUBLIC_URL: 'https://cunjing.example.cn' });
    expect(await runCli(['villages', 'import', county], withUrl.io)).toBe(0);
    expect(
      await runCli(['qr', 'nowhere', '--poster', '--out', join(dir, 'x.png')], withUrl.io),
    ).toBe(1);
    expect(withUrl.io.errors.join('\n')).toContain('No village with code "nowhere"');
  });
});
