/**
 * The few SVG elements charts are made of, as strings. Every text goes through `escapeXml`, so a
 * village name such as `<东沟> & 西沟` shows literally instead of breaking the image.
 */
import { escapeXml } from '../export/xml-text.js';
import { fontFamilyFor, forMongolianFont, isMongolian } from './fonts.js';

export interface TextOptions {
  size: number;
  color: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** A line of text whose baseline starts (or ends, or centres) at (x, y). */
export function svgText(text: string, x: number, y: number, o: TextOptions): string {
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const shown = isMongolian(text) ? forMongolianFont(text) : text;
  return (
    `<text x="${x}" y="${y}" font-family="${fontFamilyFor(text)}" font-size="${o.size}" ` +
    `fill="${o.color}"${anchor}>${escapeXml(shown)}</text>`
  );
}

export function svgRect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`;
}

/** The whole document on a white background. */
export function svgDocument(width: number, height: number, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${body.join('')}</svg>`
  );
}
