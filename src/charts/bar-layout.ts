/**
 * Where everything in a bar chart goes, as a list of rectangles and text runs. Working the
 * geometry out as plain data keeps it testable without decoding pixels, and leaves the painter in
 * `bar-chart.ts` with nothing to decide.
 */
import { CAP_HEIGHT } from './bitmap-font.js';
import { AXIS, INK, MUTED, type Rgb } from './palette.js';
import { fitText, textHeight, textWidth, toAscii } from './text.js';

export interface LayoutBar {
  readonly label: string;
  readonly value: number;
  readonly color: Rgb;
}

export interface LayoutInput {
  readonly title: string;
  readonly bars: readonly LayoutBar[];
  readonly width: number;
  readonly height: number;
}

export interface RectItem {
  x: number;
  y: number;
  w: number;
  h: number;
  color: Rgb;
}

export interface TextItem {
  text: string;
  x: number;
  y: number;
  scale: number;
  color: Rgb;
}

export interface ChartLayout {
  /** Equal to the requested height unless the rows needed more room. */
  height: number;
  width: number;
  rects: RectItem[];
  texts: TextItem[];
}

const MARGIN = 16;
const TITLE_SCALE = 3;
/** Used when the title does not fit at `TITLE_SCALE`, before resorting to cutting it. */
const NARROW_TITLE_SCALE = 2;
const LABEL_SCALE = 2;
const TITLE_GAP = 16;
/** Rows below this are hard to read on a phone, so the image grows instead. */
export const MIN_ROW_HEIGHT = 28;
/** Rows above this make a few bars look like blocks; the spare height stays white. */
const MAX_ROW_HEIGHT = 48;
const MAX_BAR_THICKNESS = 28;
const ROW_GAP = 8;
/** Labels may take this share of the width; longer ones are cut with `..`. */
const LABEL_SHARE = 0.3;
const LABEL_GAP = 8;
const VALUE_GAP = 6;
const AXIS_WIDTH = 2;

export function layoutBarChart(input: LayoutInput): ChartLayout {
  const { width, bars } = input;
  const title = toAscii(input.title);
  const titleScale =
    textWidth(title, TITLE_SCALE) <= width - 2 * MARGIN ? TITLE_SCALE : NARROW_TITLE_SCALE;
  const texts: TextItem[] = [
    {
      text: fitText(title, width - 2 * MARGIN, titleScale),
      x: MARGIN,
      y: MARGIN,
      scale: titleScale,
      color: INK,
    },
  ];
  const rects: RectItem[] = [];
  const plotTop = MARGIN + textHeight(titleScale) + TITLE_GAP;
  const maxValue = Math.max(0, ...bars.map((bar) => bar.value));

  if (maxValue === 0) {
    const text = 'no data';
    const y = plotTop + (input.height - plotTop - MARGIN - textHeight(LABEL_SCALE)) / 2;
    const x = (width - textWidth(text, LABEL_SCALE)) / 2;
    texts.push({ text, x: Math.round(x), y: Math.round(y), scale: LABEL_SCALE, color: MUTED });
    return { width, height: input.height, rects, texts };
  }

  const available = input.height - plotTop - MARGIN;
  const rowHeight = Math.min(
    MAX_ROW_HEIGHT,
    Math.max(MIN_ROW_HEIGHT, Math.floor(available / bars.length)),
  );
  // At most 40 bars reach here, so this stays well under the 2000 px cap on requested heights.
  const height = Math.max(input.height, plotTop + bars.length * rowHeight + MARGIN);

  const labels = bars.map((bar) => toAscii(bar.label));
  const labelWidth = Math.min(
    Math.floor(width * LABEL_SHARE),
    Math.max(...labels.map((label) => textWidth(label, LABEL_SCALE))),
  );
  const values = bars.map((bar) => formatValue(bar.value));
  const valueWidth = Math.max(...values.map((value) => textWidth(value, LABEL_SCALE)));
  const barX = MARGIN + labelWidth + LABEL_GAP + AXIS_WIDTH;
  const barSpan = Math.max(0, width - MARGIN - valueWidth - VALUE_GAP - barX);
  const thickness = Math.min(rowHeight - ROW_GAP, MAX_BAR_THICKNESS);

  rects.push({
    x: barX - AXIS_WIDTH,
    y: plotTop,
    w: AXIS_WIDTH,
    h: bars.length * rowHeight,
    color: AXIS,
  });
  bars.forEach((bar, i) => {
    const centre = plotTop + i * rowHeight + rowHeight / 2;
    const textY = Math.round(centre - (CAP_HEIGHT * LABEL_SCALE) / 2);
    const label = fitText(labels[i] ?? '', labelWidth, LABEL_SCALE);
    const labelX = barX - AXIS_WIDTH - LABEL_GAP - textWidth(label, LABEL_SCALE);
    texts.push({ text: label, x: labelX, y: textY, scale: LABEL_SCALE, color: INK });
    // A tiny but non-zero count still gets a visible sliver, so it never reads as zero.
    const length = bar.value > 0 ? Math.max(2, Math.round((bar.value / maxValue) * barSpan)) : 0;
    if (length > 0) {
      const y = Math.round(centre - thickness / 2);
      rects.push({ x: barX, y, w: length, h: thickness, color: bar.color });
    }
    const value = values[i] ?? '';
    texts.push({
      text: value,
      x: barX + length + VALUE_GAP,
      y: textY,
      scale: LABEL_SCALE,
      color: INK,
    });
  });
  return { width, height, rects, texts };
}

/** Counts as they are; anything fractional (a rate, say) to at most two decimals. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}
