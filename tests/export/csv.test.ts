/**
 * The officer exports reports as CSV and opens them in Excel or WPS: Chinese must not turn into
 * mojibake, a cell with a comma or a line break must stay one cell, and formulas must stay text.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.js';
import type { Table } from '../../src/export/table.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The CSV as text, without its BOM. */
function text(table: Table): string {
  const bytes = toCsv(table);
  expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
  return bytes.subarray(3).toString('utf8');
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(text({ columns: ['村', '人数'], rows: [['东沟村', 12]] })).toBe(
      '村,人数\r\n东沟村,12\r\n',
    );
  });

  it('writes numbers as numbers and null as an empty field', () => {
    const csv = text({ columns: ['a', 'b', 'c', 'd'], rows: [[-5, 3.25, null, 0]] });
    expect(csv).toBe('a,b,c,d\r\n-5,3.25,,0\r\n');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    const csv = text({
      columns: ['内容'],
      rows: [['甲,乙'], ['他说"快转账"'], ['第一行\n第二行'], ['a\r\nb'], ['plain']],
    });
    expect(csv).toBe(
      '内容\r\n"甲,乙"\r\n"他说""快转账"""\r\n"第一行\n第二行"\r\n"a\r\nb"\r\nplain\r\n',
    );
  });

  it('keeps Chinese and emoji byte-exact in UTF-8', () => {
    const bytes = toCsv({ columns: ['内容'], rows: [['🚓 民警已到场，👍']] });
    expect(bytes.toString('utf8')).toBe('\uFEFF内容\r\n🚓 民警已到场，👍\r\n');
    expect(bytes.includes(Buffer.from('🚓', 'utf8'))).toBe(true);
  });

  it('neutralises every string cell, the header included, but never numbers', () => {
    const csv = text({
      columns: ['=标题', '电话', '金额'],
      rows: [
        ['=1+1', '+8613800138000', -5],
        ['@SUM(A1)', '-5', 7],
        ['\t=cmd', '=HYPERLINK("http://x","y"),z', null],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      "'=标题,电话,金额",
      "'=1+1,'+8613800138000,-5",
      "'@SUM(A1),'-5,7",
      '\'\t=cmd,"\'=HYPERLINK(""http://x"",""y""),z",',
      '',
    ]);
  });

  it('writes the header alone for an empty export', () => {
    expect(text({ columns: ['编号', '内容'], rows: [] })).toBe('编号,内容\r\n');
  });

  it('refuses a row that does not match the header, naming the row', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['x', 'y'], ['z']] })).toThrow(
      /rows\[1\] has 1 cells but the table has 2 columns/,
    );
  });

  it('refuses NaN and Infinity, naming the column', () => {
    expect(() => toCsv({ columns: ['金额'], rows: [[Number.NaN]] })).toThrow(/"金额" holds NaN/);
    expect(() => toCsv({ columns: ['金额'], rows: [[Infinity]] })).toThrow(/use null/);
  });
});
