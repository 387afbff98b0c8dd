/**
 * Rows are as tall as their wrapped text needs in LibreOffice and Excel alike: one line stays at
 * the default height, a long description or a line break makes the row taller, never cut off.
 */
import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT, rowHeight } from '../../src/export/row-height.js';

const widths = [17, 36];
const wraps = [true, true];

describe('rowHeight', () => {
  it('leaves a row that fits on one line at the default height', () => {
    expect(rowHeight(['JF-20261101-0001', '邻里纠纷'], widths, wraps)).toBeUndefined();
    expect(rowHeight([12, null], widths, wraps)).toBeUndefined();
  });

  it('gives a long Chinese description one line per 17 characters at width 36', () => {
    const text =
      '邻居家的羊群连续几天进了我家草场，吃了刚补种的牧草，找他理论不认账，希望民警来调解。';
    expect(rowHeight(['x', text], widths, wraps)).toBe(3 * LINE_HEIGHT + 2);
  });

  it('counts line breaks, and ignores columns that do not wrap', () => {
    expect(rowHeight(['x', '第一行\n第二行\n第三行'], widths, wraps)).toBe(3 * LINE_HEIGHT + 2);
    expect(rowHeight(['x', '第一行\n第二行'], widths, [true, false])).toBeUndefined();
  });

  it('stops at Excel’s tallest row', () => {
    expect(rowHeight(['x', '很长'.repeat(2000)], widths, wraps)).toBe(409);
  });
});
