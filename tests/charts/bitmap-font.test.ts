/**
 * The chart font: every printable ASCII character has a glyph of the declared size, in order, and
 * anything else falls back to `?`.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_CODE,
  GLYPH_HEIGHT,
  GLYPH_WIDTH,
  glyphCharacters,
  glyphRows,
  LAST_CODE,
} from '../../src/charts/bitmap-font.js';

const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));

describe('bitmap font', () => {
  it('has all 95 printable ASCII glyphs, in code-point order', () => {
    expect(LAST_CODE - FIRST_CODE + 1).toBe(95);
    expect(glyphCharacters()).toEqual(printable);
  });

  it.each(printable)('%j is a 5×8 glyph', (ch) => {
    const rows = glyphRows(ch.charCodeAt(0));
    expect(rows).toHaveLength(GLYPH_HEIGHT);
    for (const row of rows) expect(row).toBeLessThan(1 << GLYPH_WIDTH);
    expect(rows.some((row) => row !== 0)).toBe(ch !== ' ');
  });

  it('gives distinct glyphs to look-alikes that labels use', () => {
    const key = (ch: string) => glyphRows(ch.charCodeAt(0)).join(',');
    for (const [a, b] of [
      ['0', 'O'],
      ['1', 'l'],
      ['l', 'I'],
      ['-', '_'],
      ['5', 'S'],
    ] as const) {
      expect(key(a)).not.toBe(key(b));
    }
  });

  it.each([0x0a, 0x7f, 0x4e2d, 0x1f600])('draws code %i as "?"', (code) => {
    expect(glyphRows(code)).toEqual(glyphRows('?'.charCodeAt(0)));
  });
});
