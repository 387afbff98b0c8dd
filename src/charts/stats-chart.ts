/**
 * The `/stats` chart as an SVG document: a title, then one panel per group (by colour, by
 * category, by village) as horizontal bars, then the daily trend as columns.
 *
 * Everything here is already in the officer's language: the caller passes translated labels and
 * village names from the database, so the picture says 红旗村 and 土地纠纷, never `wl-hongqi`.
 * Kept apart from rendering so tests can read the SVG text directly.
 */
import { AXIS, BAR_COLORS, type BarColor, DEFAULT_BAR_COLOR, INK, MUTED } from './palette.js';
import { svgDocument, svgRect, svgText } from './svg.js';
import { fitText, textWidth } from './text-size.js';

export interface Bar {
  label: string;
  value: number;
  color?: BarColor;
}

export interface BarGroup {
  /** e.g. "按类别" */
  heading: string;
  bars: Bar[];
}

export interface TrendPoint {
  /** The x-axis label, e.g. "12-02". */
  label: string;
  value: number;
}

export interface StatsChartSpec {
  title: string;
  /** Shown in a group, or in place of the trend, when there is nothing to draw. */
  noData: string;
  groups: BarGroup[];
  trend: { heading: string; points: TrendPoint[] };
  /** Default 900. */
  width?: number;
}

/** More rows than this in one group would not stay readable on a phone; add the rest up. */
export const MAX_BARS = 20;

const MARGIN = 24;
const TITLE_SIZE = 30;
const HEADING_SIZE = 22;
const LABEL_SIZE = 20;
const ROW = 34;
const BAR_THICKNESS = 22;
const GAP = 18;
const TREND_HEIGHT = 170;

/**
 * The chart as SVG text. Throws on negative or non-finite counts, and on more than
 * {@link MAX_BARS} bars in a group: a chart that quietly drops or bends numbers would mislead.
 *
 * @example
 * const svg = statsChartSvg({
 *   title: '近 7 天反映统计（共 3 条）',
 *   noData: '暂无反映',
 *   groups: [{ heading: '按颜色', bars: [{ label: '红色', value: 1, color: 'red' }] }],
 *   trend: { heading: '每日新反映', points: [{ label: '12-01', value: 1 }] },
 * });
 */
export function statsChartSvg(spec: StatsChartSpec): string {
  const width = spec.width ?? 900;
  for (const group of spec.groups) checkBars(group);
  checkValues(spec.trend.points, 'trend');
  const body: string[] = [];
  let y = MARGIN + TITLE_SIZE;
  body.push(
    svgText(fitText(spec.title, width - 2 * MARGIN, TITLE_SIZE), MARGIN, y, {
      size: TITLE_SIZE,
      color: INK,
    }),
  );
  y += GAP;
  const labels = spec.groups.flatMap((g) => g.bars.map((b) => b.label));
  const labelWidth = Math.min(
    Math.floor(width * 0.34),
    Math.max(60, ...labels.map((l) => textWidth(l, LABEL_SIZE))),
  );
  for (const group of spec.groups) y = barPanel(body, group, spec.noData, y, width, labelWidth);
  y = trendPanel(body, spec.trend, spec.noData, y, width);
  return svgDocument(width, y + MARGIN, body);
}

function heading(body: string[], text: string, y: number, width: number): number {
  const base = y + GAP + HEADING_SIZE;
  body.push(svgText(text, MARGIN, base, { size: HEADING_SIZE, color: INK }));
  body.push(svgRect(MARGIN, base + 8, width - 2 * MARGIN, 1, AXIS));
  return base + 14;
}

function barPanel(
  body: string[],
  group: BarGroup,
  noData: string,
  top: number,
  width: number,
  labelWidth: number,
): number {
  let y = heading(body, group.heading, top, width);
  const max = Math.max(0, ...group.bars.map((b) => b.value));
  if (max === 0) {
    body.push(svgText(noData, MARGIN, y + ROW - 10, { size: LABEL_SIZE, color: MUTED }));
    return y + ROW;
  }
  const barX = MARGIN + labelWidth + 12;
  const valueRoom = textWidth(String(max), LABEL_SIZE) + 12;
  const span = width - MARGIN - valueRoom - barX;
  body.push(svgRect(barX - 2, y + 4, 2, group.bars.length * ROW, AXIS));
  for (const bar of group.bars) {
    const centre = y + 4 + ROW / 2;
    const baseline = centre + LABEL_SIZE * 0.35;
    const label = fitText(bar.label, labelWidth, LABEL_SIZE);
    body.push(svgText(label, barX - 12, baseline, { size: LABEL_SIZE, color: INK, anchor: 'end' }));
    // A small but non-zero count still gets a visible sliver, so it never reads as zero.
    const length = bar.value > 0 ? Math.max(3, Math.round((bar.value / max) * span)) : 0;
    const fill = BAR_COLORS[bar.color ?? DEFAULT_BAR_COLOR];
    if (length > 0)
      body.push(svgRect(barX, centre - BAR_THICKNESS / 2, length, BAR_THICKNESS, fill));
    body.push(
      svgText(String(bar.value), barX + length + 8, baseline, { size: LABEL_SIZE, color: INK }),
    );
    y += ROW;
  }
  return y + 4;
}

function trendPanel(
  body: string[],
  trend: StatsChartSpec['trend'],
  noData: string,
  top: number,
  width: number,
): number {
  const y = heading(body, trend.heading, top, width);
  const points = trend.points;
  const max = Math.max(0, ...points.map((p) => p.value));
  const plotTop = y + 30;
  const plotBottom = plotTop + TREND_HEIGHT;
  body.push(svgRect(MARGIN, plotBottom, width - 2 * MARGIN, 2, AXIS));
  if (max === 0 || points.length === 0) {
    body.push(
      svgText(noData, width / 2, plotTop + TREND_HEIGHT / 2, {
        size: LABEL_SIZE,
        color: MUTED,
        anchor: 'middle',
      }),
    );
    return plotBottom + 40;
  }
  const slot = (width - 2 * MARGIN) / points.length;
  const column = Math.max(4, Math.min(48, Math.floor(slot * 0.7)));
  // Label every day when they fit, otherwise every fifth day and the last.
  const every = slot >= textWidth('12-31', 16) + 6 ? 1 : 5;
  points.forEach((p, i) => {
    const cx = MARGIN + slot * i + slot / 2;
    const h = p.value > 0 ? Math.max(3, Math.round((p.value / max) * TREND_HEIGHT)) : 0;
    if (h > 0)
      body.push(svgRect(Math.round(cx - column / 2), plotBottom - h, column, h, BAR_COLORS.blue));
    if (p.value > 0 && (every === 1 || p.value === max)) {
      body.push(
        svgText(String(p.value), cx, plotBottom - h - 6, {
          size: 16,
          color: INK,
          anchor: 'middle',
        }),
      );
    }
    if (i % every === 0 || i === points.length - 1) {
      body.push(
        svgText(p.label, cx, plotBottom + 24, { size: 16, color: MUTED, anchor: 'middle' }),
      );
    }
  });
  return plotBottom + 40;
}

function checkValues(bars: readonly { label: string; value: number }[], where: string): void {
  for (const { label, value } of bars) {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(
        `statsChartSvg: ${where} "${label}" has value ${value}; counts must be finite and not ` +
          'negative, so check the query that produced them.',
      );
    }
  }
}

function checkBars(group: BarGroup): void {
  if (group.bars.length > MAX_BARS) {
    throw new Error(
      `statsChartSvg: group "${group.heading}" has ${group.bars.length} bars but at most ` +
        `${MAX_BARS} fit; keep the largest and add the rest up into one "other" bar.`,
    );
  }
  checkValues(group.bars, `bar in "${group.heading}"`);
}
