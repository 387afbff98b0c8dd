/**
 * Colours for charts, as SVG colour strings. Bar colours follow the station's traffic-light
 * wording (red = urgent, yellow = watch, green = low) plus a neutral blue and grey; text and axis
 * colours are dark greys that stay readable when Telegram shows the photo on a dark theme, because
 * the image keeps its own white background.
 */
export type BarColor = 'red' | 'yellow' | 'green' | 'blue' | 'grey';

export const BAR_COLORS: Readonly<Record<BarColor, string>> = {
  red: '#d93025',
  yellow: '#f2b300',
  green: '#1e8e3e',
  blue: '#1a73e8',
  grey: '#80868b',
};

/** Used when a bar names no colour: neutral, so colour keeps its meaning when it is used. */
export const DEFAULT_BAR_COLOR: BarColor = 'blue';

export const WHITE = '#ffffff';
/** Title, labels and values. */
export const INK = '#202124';
/** Headings' rules, "no data" and other secondary text. */
export const MUTED = '#5f6368';
/** The baselines bars grow from. */
export const AXIS = '#dadce0';
