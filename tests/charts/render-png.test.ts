/**
 * The chart PNG really shows Chinese and Mongolian: each text is drawn with the bundled fonts as
 * real glyphs, not as the empty ".notdef" boxes (tofu) a renderer draws for characters its font
 * lacks, and not as nothing at all (what happens with no font).
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../src/charts/render-png.js';
import { svgDocument, svgText } from '../../src/charts/svg.js';

function textImage(text: string, fontFiles?: string[]): PNG {
  const svg = svgDocument(400, 80, [svgText(text, 10, 50, { size: 32, color: '#000000' })]);
  return PNG.sync.read(renderPng(svg, fontFiles ? { fontFiles } : {}));
}

/** One bit per pixel: is it ink (darker than mid grey)? */
function inkMask(png: PNG): boolean[] {
  const mask: boolean[] = [];
  for (let i = 0; i < png.data.length; i += 4) mask.push((png.data[i] ?? 255) < 128);
  return mask;
}

function inkCount(png: PNG): number {
  return inkMask(png).filter(Boolean).length;
}

function differingPixels(a: PNG, b: PNG): number {
  const ma = inkMask(a);
  const mb = inkMask(b);
  return ma.reduce((n, ink, i) => n + (ink !== mb[i] ? 1 : 0), 0);
}

/** Private-use characters: no font has them, so they come out as .notdef boxes. */
const tofu = (n: number) =>
  String.fromCodePoint(...Array.from({ length: n }, (_, i) => 0xe000 + i));

describe('renderPng', () => {
  it('draws Chinese village names as real glyphs, not tofu boxes', () => {
    const hanzi = textImage('红旗村');
    // The comparison means something: unknown characters do draw (as boxes).
    expect(inkCount(textImage(tofu(3)))).toBeGreaterThan(100);
    expect(inkCount(hanzi)).toBeGreaterThan(200);
    expect(differingPixels(hanzi, textImage(tofu(3)))).toBeGreaterThan(200);
    // Two different names must not draw the same pixels (as two rows of identical boxes would).
    expect(differingPixels(hanzi, textImage('东风村'))).toBeGreaterThan(100);
  });

  it('draws Mongolian as joined Mongolian letters, not tofu boxes', () => {
    const mongolian = textImage('ᠤᠯᠠᠭᠠᠨ ᠭᠠᠴᠠᠭ᠎ᠠ');
    expect(inkCount(mongolian)).toBeGreaterThan(200);
    expect(differingPixels(mongolian, textImage(tofu(6)))).toBeGreaterThan(200);
    expect(differingPixels(mongolian, textImage('ᠨᠣᠭᠣᠭᠠᠨ ᠭᠠᠴᠠᠭ᠎ᠠ'))).toBeGreaterThan(50);
  });

  it('uses only the bundled fonts: without them no text is drawn at all', () => {
    expect(inkCount(textImage('红旗村', []))).toBe(0);
    expect(inkCount(textImage('红旗村'))).toBeGreaterThan(0);
  });

  it('returns a PNG at the size of the SVG', () => {
    const png = textImage('12');
    expect([png.width, png.height]).toEqual([400, 80]);
  });
});
