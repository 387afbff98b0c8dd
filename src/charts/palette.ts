/**
 * Colours for charts, as RGB triples. Bar colours follow the station's traffic-light wording
 * (red = urgent, yellow = watch, green = resolved) plus a neutral blue and grey; the text and axis
 * colours are dark greys that stay readable when Telegram shows the photo on a dark theme, because
 * the image keeps its own white background.
 */
import type { BarColor } from './bar-chart.js';

export type Rgb = readonly [r: number, g: number, b: number];

export const BAR_COLORS: Readonly<Record<BarColor, Rgb>> = {
  red: [0xd9, 0x30, 0x25],
  yellow: [0xf2, 0xb3, 0x00],
  green: [0x1e, 0x8e, 0x3e],
  blue: [0x1a, 0x73, 0xe8],
  grey: [0x80, 0x86, 0x8b],
};

/** Used when a bar names no colour: neutral, so colour keeps its meaning when it is used. */
export const DEFAULT_BAR_COLOR: BarColor = 'blue';

export const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Title, labels and values. */
export const INK: Rgb = [0x20, 0x21, 0x24];
/** "no data" and other secondary text. */
export const MUTED: Rgb = [0x5f, 0x63, 0x68];
/** The baseline the bars grow from. */
export const AXIS: Rgb = [0xda, 0xdc, 0xe0];
