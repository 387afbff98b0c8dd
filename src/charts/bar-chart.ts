/**
 * Bar charts as PNG images, for `/stats` replies sent with `sendPhoto`.
 *
 * Drawn by hand into a pixel buffer because the server has no browser, canvas or font library.
 * Text is ASCII only (codes such as `wl-hongqi`, numbers, an English title); the Chinese names go
 * in the text message sent alongside.
 */
import { type LayoutBar, layoutBarChart } from './bar-layout.js';
import { BAR_COLORS, DEFAULT_BAR_COLOR, WHITE } from './palette.js';
import { createRaster, drawText, encodePng, fillRect } from './raster.js';

export type BarColor = 'red' | 'yellow' | 'green' | 'blue' | 'grey';

export interface Bar {
  label: string;
  value: number;
  color?: BarColor;
}

export interface BarChartSpec {
  /** ASCII only (e.g. "Reports by village, last 7 days"); other characters are drawn as `?`. */
  title: string;
  /** ASCII labels such as "wl-hongqi", "land", "fraud"; at most {@link MAX_BARS}. */
  bars: Bar[];
  /** Default 800, clamped to 200–2000. */
  width?: number;
  /** Default 480, clamped to 200–2000; grows when the bars need more room. */
  height?: number;
}

/** More rows than this would not stay readable in a phone-sized image. */
export const MAX_BARS = 40;
const MIN_SIZE = 200;
const MAX_SIZE = 2000;

/**
 * Horizontal bar chart, one row per bar: label on the left, bar, value at its end; a title on
 * top; white background; bars in the given colours (red #d93025, yellow #f2b300, green #1e8e3e,
 * blue #1a73e8, grey #80868b). Returns PNG bytes.
 *
 * Bars are scaled to the largest value; a zero draws no bar but shows "0", and all-zero (or no)
 * data shows "no data" under the title. Throws on negative or non-finite values and on more than
 * 40 bars, since a chart that quietly drops or bends numbers would mislead the station.
 *
 * @example
 * const png = renderBarChart({
 *   title: 'Reports by category, last 7 days',
 *   bars: [
 *     { label: 'fraud', value: 12, color: 'red' },
 *     { label: 'land', value: 3 },
 *   ],
 * });
 * await ctx.replyWithPhoto(new InputFile(png, 'stats.png'));
 */
export function renderBarChart(spec: BarChartSpec): Buffer {
  const width = clampSize(spec.width ?? 800, 'width');
  const height = clampSize(spec.height ?? 480, 'height');
  const layout = layoutBarChart({ title: spec.title, bars: checkBars(spec.bars), width, height });
  const raster = createRaster(layout.width, layout.height, WHITE);
  for (const r of layout.rects) fillRect(raster, r.x, r.y, r.w, r.h, r.color);
  for (const t of layout.texts) drawText(raster, t.text, t.x, t.y, t.scale, t.color);
  return encodePng(raster);
}

function clampSize(size: number, name: 'width' | 'height'): number {
  if (!Number.isFinite(size)) {
    throw new Error(`renderBarChart: ${name} is ${size}; pass a number of pixels or leave it out.`);
  }
  return Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(size)));
}

function checkBars(bars: readonly Bar[]): LayoutBar[] {
  if (bars.length > MAX_BARS) {
    throw new Error(
      `renderBarChart: ${bars.length} bars given but at most ${MAX_BARS} fit; ` +
        'keep the largest and add the rest up into one "other" bar.',
    );
  }
  return bars.map(({ label, value, color = DEFAULT_BAR_COLOR }) => {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(
        `renderBarChart: bar "${label}" has value ${value}; values must be finite and not ` +
          'negative (counts), so check the query that produced them.',
      );
    }
    const rgb = BAR_COLORS[color];
    if (rgb === undefined) {
      throw new Error(
        `renderBarChart: bar "${label}" has colour "${color}"; use one of ${Object.keys(BAR_COLORS).join(', ')}.`,
      );
    }
    return { label, value, color: rgb };
  });
}
