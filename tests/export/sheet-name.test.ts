/** Whatever the CLI passes as a sheet name, Excel must accept it without "repairing" the file. */
import { describe, expect, it } from 'vitest';
import { sanitiseSheetName } from '../../src/export/sheet-name.js';

describe('sanitiseSheetName', () => {
  it.each([
    ['2024年5月报案', '2024年5月报案'],
    ['2024/05 报案: 东沟村', '202405 报案 东沟村'],
    ['[a]*b?c\\d', 'abcd'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet1'],
    ['/?*', 'Sheet1'],
    ['History', 'History1'],
    ['tab\there', 'tabhere'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitiseSheetName(raw)).toBe(clean);
  });

  it('keeps at most 31 characters and never splits an emoji', () => {
    expect(sanitiseSheetName('报'.repeat(40))).toBe('报'.repeat(31));
    const name = sanitiseSheetName(`${'a'.repeat(30)}🚓`);
    expect(name).toBe('a'.repeat(30));
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
