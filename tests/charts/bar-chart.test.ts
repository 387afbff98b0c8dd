/**
 * `/stats` charts: the PNG decodes at the right size, bars come out in their colours on white,
 * zeros and empty data read clearly, many bars grow the image, and bad numbers are refused.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type BarChartSpec, renderBarChart } from '../../src/charts/bar-chart.js';
import { layoutBarChart, MIN_ROW_HEIGHT } from '../../src/charts/bar-layout.js';
import { BAR_COLORS, type Rgb } from '../../src/charts/palette.js';
import { bestCpuMs } from '../helpers/cpu-time.js';

const RED: Rgb = [0xd9, 0x30, 0x25];
const GREEN: Rgb = [0x1e, 0x8e, 0x3e];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function render(spec: BarChartSpec): PNG {
  return PNG.sync.read(renderBarChart(spec));
}

function pixel(png: PNG, x: number, y: number): Rgb {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i] ?? -1, png.data[i + 1] ?? -1, png.data[i + 2] ?? -1];
}

function countColour(png: PNG, [r, g, b]: Rgb): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) n++;
  }
  return n;
}

const villages: BarChartSpec = {
  title: 'Reports by village, last 7 days',
  bars: [
    { label: 'wl-hongqi', value: 12, color: 'red' },
    { label: 'wl-dongfeng', value: 0, color: 'green' },
    { label: 'fraud', value: 3 },
  ],
};

describe('renderBarChart', () => {
  it('returns a PNG of 800×480 by default', () => {
    const bytes = renderBarChart(villages);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([800, 480]);
  });

  it.each([
    [640, 360, 640, 360],
    [50, 100, 200, 200],
    [5000, 9999, 2000, 2000],
    [333.4, 250.6, 333, 251],
  ])('width %d, height %d come out as %d×%d', (width, height, w, h) => {
    const png = render({ ...villages, width, height });
    expect([png.width, png.height]).toEqual([w, h]);
  });

  it('paints the red bar red on a white background', () => {
    const png = render(villages);
    const layout = layoutBarChart({
      title: villages.title,
      bars: villages.bars.map((bar) => ({ ...bar, color: BAR_COLORS[bar.color ?? 'blue'] })),
      width: 800,
      height: 480,
    });
    const red = layout.rects.find((rect) => rect.color === BAR_COLORS.red);
    if (!red) throw new Error('the layout has no red bar');
    expect(pixel(png, red.x + red.w / 2, red.y + red.h / 2)).toEqual(RED);
    expect(pixel(png, red.x + 1, red.y + 1)).toEqual(RED);
    expect(pixel(png, 0, 0)).toEqual(WHITE);
    expect(pixel(png, 799, 479)).toEqual(WHITE);
    expect(pixel(png, red.x + red.w / 2, red.y - 3)).toEqual(WHITE);
  });

  it('scales bars to the largest value', () => {
    const layout = layoutBarChart({
      title: 't',
      bars: [
        { label: 'a', value: 10, color: RED },
        { label: 'b', value: 5, color: GREEN },
      ],
      width: 800,
      height: 480,
    });
    const [a, b] = [RED, GREEN].map((c) => layout.rects.find((rect) => rect.color === c)?.w ?? 0);
    expect(Math.abs((b ?? 0) - (a ?? 0) / 2)).toBeLessThanOrEqual(1);
  });

  it('draws no bar for a zero but still shows "0"', () => {
    const png = render(villages);
    expect(countColour(png, GREEN)).toBe(0);
    expect(countColour(png, RED)).toBeGreaterThan(1000);
    const layout = layoutBarChart({
      title: 't',
      bars: [
        { label: 'land', value: 0, color: GREEN },
        { label: 'fraud', value: 4, color: RED },
      ],
      width: 800,
      height: 480,
    });
    expect(layout.rects.some((rect) => rect.color === GREEN)).toBe(false);
    expect(layout.texts.map((t) => t.text)).toEqual(['t', 'land', '0', 'fraud', '4']);
  });

  it.each([
    ['all-zero', [{ label: 'land', value: 0, color: 'red' as const }]],
    ['empty', []],
  ])('shows the title and "no data" for %s data', (_, bars) => {
    const png = render({ title: 'Reports by category', bars });
    expect([png.width, png.height]).toEqual([800, 480]);
    expect(countColour(png, RED)).toBe(0);
    const layout = layoutBarChart({
      title: 'Reports by category',
      bars: bars.map((bar) => ({ ...bar, color: RED })),
      width: 800,
      height: 480,
    });
    expect(layout.texts.map((t) => t.text)).toEqual(['Reports by category', 'no data']);
    expect(layout.rects).toEqual([]);
  });

  it('grows the image for 40 bars so each row stays readable', () => {
    const bars = Array.from({ length: 40 }, (_, i) => ({ label: `wl-${i}`, value: i + 1 }));
    const png = render({ title: 'Reports by village, last 30 days', bars });
    expect(png.width).toBe(800);
    expect(png.height).toBeGreaterThanOrEqual(40 * MIN_ROW_HEIGHT);
    expect(png.height).toBeLessThanOrEqual(2000);
  });

  it('renders 40 bars in under 50 ms', () => {
    const bars = Array.from({ length: 40 }, (_, i) => ({ label: `wl-${i}`, value: i * 7 }));
    const best = bestCpuMs(5, () =>
      renderBarChart({ title: 'Reports by village, last 30 days', bars }),
    );
    expect(best).toBeLessThan(50);
  });

  it('cuts long labels with ".." and draws non-ASCII as "?"', () => {
    const layout = layoutBarChart({
      title: '村 reports',
      bars: [
        { label: 'wl-xinghuo-and-a-very-long-village-code', value: 1, color: RED },
        { label: '红旗', value: 2, color: RED },
      ],
      width: 800,
      height: 480,
    });
    const texts = layout.texts.map((t) => t.text);
    expect(texts[0]).toBe('? reports');
    expect(texts[1]).toMatch(/^wl-xinghuo-and-a-v.*\.\.$/);
    expect(texts[3]).toBe('??');
  });

  it.each([
    [Number.NaN, /"land" has value NaN/],
    [Number.POSITIVE_INFINITY, /"land" has value Infinity/],
    [-1, /"land" has value -1; values must be finite and not negative/],
  ])('refuses the value %d', (value, message) => {
    expect(() => renderBarChart({ title: 't', bars: [{ label: 'land', value }] })).toThrow(message);
  });

  it('refuses more than 40 bars, explaining how to fit them', () => {
    const bars = Array.from({ length: 41 }, (_, i) => ({ label: `v${i}`, value: 1 }));
    expect(() => renderBarChart({ title: 't', bars })).toThrow(/41 bars .* "other" bar/);
  });

  it('refuses a size that is not a number and an unknown colour', () => {
    expect(() => renderBarChart({ ...villages, width: Number.NaN })).toThrow(/width is NaN/);
    const purple = { label: 'x', value: 1, color: 'purple' } as unknown as BarChartSpec['bars'][0];
    expect(() => renderBarChart({ title: 't', bars: [purple] })).toThrow(/colour "purple"/);
  });
});
