/** Measuring and cutting chart text so it fits its column. */
import { describe, expect, it } from 'vitest';
import { fitText, textHeight, textWidth, toAscii } from '../../src/charts/text.js';

describe('toAscii', () => {
  it('turns each non-ASCII character into one "?"', () => {
    expect(toAscii('红旗村 wl-hongqi 😀')).toBe('??? wl-hongqi ?');
    expect(toAscii('tab\there')).toBe('tab?here');
  });
});

describe('textWidth', () => {
  it('counts 5 pixels per glyph plus a 1-pixel gap between glyphs, times the scale', () => {
    expect(textWidth('', 2)).toBe(0);
    expect(textWidth('a', 2)).toBe(10);
    expect(textWidth('ab', 2)).toBe(22);
    expect(textWidth('abc', 3)).toBe(51);
    expect(textHeight(2)).toBe(16);
  });
});

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('wl-hongqi', textWidth('wl-hongqi', 2), 2)).toBe('wl-hongqi');
  });

  it('cuts long text with ".." within the width', () => {
    const cut = fitText('wl-xinghuo-dongfeng', textWidth('wl-xinghu', 2), 2);
    expect(cut).toBe('wl-xing..');
    expect(textWidth(cut, 2)).toBeLessThanOrEqual(textWidth('wl-xinghu', 2));
  });

  it('gives up on a column too narrow for ".."', () => {
    expect(fitText('land', 15, 2)).toBe('');
  });
});
