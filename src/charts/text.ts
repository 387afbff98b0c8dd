/**
 * Measuring and fitting bitmap-font text, kept apart from drawing so layout can be worked out
 * (and tested) as plain numbers before a pixel is touched.
 */
import { FIRST_CODE, GLYPH_HEIGHT, GLYPH_WIDTH, LAST_CODE } from './bitmap-font.js';

/** What a cut label ends with; two dots rather than three to keep one more real character. */
const ELLIPSIS = '..';

/**
 * Replaces every character the font lacks with `?`, one per code point (so an emoji or 红 is one
 * `?`, not two). Measuring the result then matches what gets drawn.
 */
export function toAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= FIRST_CODE && code <= LAST_CODE ? ch : '?';
  }
  return out;
}

/** Horizontal distance from one glyph's left edge to the next at `scale`. */
export function advance(scale: number): number {
  return (GLYPH_WIDTH + 1) * scale;
}

/** Width in pixels of ASCII `text` at `scale`, without the gap after the last glyph. */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : text.length * advance(scale) - scale;
}

/** Height in pixels of a line of text at `scale`, descenders included. */
export function textHeight(scale: number): number {
  return GLYPH_HEIGHT * scale;
}

/**
 * `text` (ASCII) as is if it fits in `maxWidth`, otherwise cut and ended with `..`; empty if not
 * even that fits.
 */
export function fitText(text: string, maxWidth: number, scale: number): string {
  if (textWidth(text, scale) <= maxWidth) return text;
  const maxChars = Math.floor((maxWidth + scale) / advance(scale));
  if (maxChars < ELLIPSIS.length) return '';
  return text.slice(0, maxChars - ELLIPSIS.length) + ELLIPSIS;
}
