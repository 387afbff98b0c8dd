/**
 * The village poster for the notice board (`cunjing qr <village> --poster`): an A4 page at 300 dpi
 * with the village's name, one large QR code that opens the web chat with the village preset (any
 * phone camera or WeChat's scanner reads it), what cunjing does, the village officer and the
 * emergency numbers; a small second code for Telegram when the bot is known. Chinese first, with
 * Mongolian lines for the villages that read it.
 *
 * Drawn as SVG with the bundled fonts and rendered by resvg (`src/charts/render-png.ts`), so it
 * looks the same on a station PC with no Chinese or Mongolian fonts installed. The QR modules are
 * drawn as one path from `qrcode`'s matrix, at high error correction: a crumpled, sun-faded poster
 * still scans.
 */
import { renderPng } from '../charts/render-png.js';
import { svgDocument, svgRect, svgText } from '../charts/svg.js';
import { type Locale, localize } from '../domain/locale.js';
import { loadOnDemand } from '../load-on-demand.js';
import type { VillageContext } from '../store/places.repository.js';

const qrcode = loadOnDemand<typeof import('qrcode')>('qrcode');

/** A4 at 300 dpi. */
export const POSTER_SIZE = { width: 2480, height: 3508 } as const;

const BLUE = '#1f5fbf';
const RED = '#c62828';
const INK = '#1a1a1a';
const GREY = '#555555';
const WHITE = '#ffffff';

export type PosterTranslate = (
  locale: Locale,
  key: string,
  vars?: Record<string, string | number>,
) => string;

export interface PosterInput {
  place: VillageContext;
  /** The web chat's landing page for the village (PUBLIC_URL/v/<code>); null without PUBLIC_URL. */
  webUrl: string | null;
  /** The bot's deep link for the village; null when the bot's username is unknown. */
  telegramUrl: string | null;
  t: PosterTranslate;
}

/** A QR code as one SVG path of dark modules, `size` pixels square with its quiet zone. */
export function qrPath(text: string, x: number, y: number, size: number): string {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'H' });
  const quiet = 4;
  const n = modules.size;
  const cell = size / (n + 2 * quiet);
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!modules.get(row, col)) continue;
      const px = x + (col + quiet) * cell;
      const py = y + (row + quiet) * cell;
      parts.push(
        `M${px.toFixed(2)} ${py.toFixed(2)}h${cell.toFixed(2)}v${cell.toFixed(2)}h-${cell.toFixed(2)}z`,
      );
    }
  }
  return `${svgRect(x, y, size, size, WHITE)}<path d="${parts.join('')}" fill="#000000"/>`;
}

const centre = POSTER_SIZE.width / 2;

/** The poster as SVG. Throws when there is no address to put in the big code. */
export function villagePosterSvg(input: PosterInput): string {
  const { place, t } = input;
  const main = input.webUrl ?? input.telegramUrl;
  if (!main) throw new Error('a poster needs PUBLIC_URL (the web chat) or the bot’s username');
  const zh: Locale = 'zh-CN';
  const village = localize(place.village.name, zh);
  const villageMn = place.village.name.mn;
  const station = localize(place.station.name, zh);
  const body: string[] = [];
  const text = (s: string, x: number, y: number, size: number, color: string, anchor?: 'middle') =>
    body.push(svgText(s, x, y, { size, color, ...(anchor ? { anchor } : {}) }));

  // Title band.
  body.push(svgRect(0, 0, POSTER_SIZE.width, 430, BLUE));
  text(t(zh, 'poster-title'), centre, 220, 170, WHITE, 'middle');
  text(t(zh, 'poster-station', { station }), centre, 360, 70, WHITE, 'middle');

  // The village, then the big code.
  text(village, centre, 610, 150, INK, 'middle');
  if (villageMn && villageMn !== village) text(villageMn, centre, 730, 80, INK, 'middle');
  const qrSize = 1450;
  body.push(qrPath(main, centre - qrSize / 2, 790, qrSize));
  text(t(zh, 'poster-scan'), centre, 2330, 84, INK, 'middle');
  text(`${t(zh, 'poster-scan-note')}`, centre, 2430, 60, GREY, 'middle');
  text(t('mn', 'poster-scan'), centre, 2520, 56, GREY, 'middle');

  // What it does, with the Telegram code beside it when there is a web code above.
  const items = [
    'poster-can-services',
    'poster-can-scam',
    'poster-can-report',
    'poster-can-officer',
  ];
  items.forEach((key, i) => {
    text(t(zh, key), 170, 2650 + i * 95, 58, INK);
  });
  text(
    t(zh, 'poster-officer', {
      officer: localize(place.village.officer.name, zh),
      phone: place.village.officer.phone,
    }),
    170,
    3075,
    66,
    BLUE,
  );
  if (input.webUrl && input.telegramUrl) {
    body.push(qrPath(input.telegramUrl, 2030, 2590, 300));
    text(t(zh, 'poster-telegram'), 2180, 2935, 34, GREY, 'middle');
  }

  // Emergency band.
  body.push(svgRect(0, 3180, POSTER_SIZE.width, POSTER_SIZE.height - 3180, RED));
  text(t(zh, 'poster-emergency'), centre, 3330, 86, WHITE, 'middle');
  text(t('mn', 'poster-emergency'), centre, 3440, 54, WHITE, 'middle');
  return svgDocument(POSTER_SIZE.width, POSTER_SIZE.height, body);
}

export function villagePosterPng(input: PosterInput): Buffer {
  return renderPng(villagePosterSvg(input));
}
