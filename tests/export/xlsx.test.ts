/**
 * The officer exports reports as XLSX. We unzip the file with an independent reader and look at
 * the XML Excel will see: every part present and well formed, text as inline strings, numbers as
 * numbers, nothing anywhere that could become a formula.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/export/table.js';
import { toXlsx } from '../../src/export/xlsx.js';
import { cpuTime } from '../helpers/cpu-time.js';
import { expectWellFormed, unzip } from './unzip.js';

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
];

/** Every part as text, after checking the package is complete and each part well formed. */
function open(table: Table, sheetName = '报案'): Map<string, string> {
  const entries = unzip(toXlsx(table, sheetName));
  expect([...entries.keys()]).toEqual(PARTS);
  const parts = new Map<string, string>();
  for (const [name, entry] of entries) {
    const xml = entry.data.toString('utf8');
    expectWellFormed(xml);
    parts.set(name, xml);
  }
  return parts;
}

function sheetOf(table: Table): string {
  return open(table).get('xl/worksheets/sheet1.xml') ?? '';
}

interface ParsedCell {
  type: string | undefined;
  style: string | undefined;
  text: string;
}

/** The cells of a sheet by reference, with entities decoded, as Excel would read them. */
function cells(sheet: string): Map<string, ParsedCell> {
  const found = new Map<string, ParsedCell>();
  for (const [, attrs = '', inner = ''] of sheet.matchAll(/<c ([^>]*)>(.*?)<\/c>/gs)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    const raw = /<(?:t|v)(?: [^>]*)?>(.*?)<\/(?:t|v)>/s.exec(inner)?.[1] ?? '';
    const text = raw
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    found.set(attr('r') ?? '?', { type: attr('t'), style: attr('s'), text });
  }
  return found;
}

const REPORTS: Table = {
  columns: ['编号', '村', '内容', '金额'],
  rows: [
    [1, '东沟村', '接到自称"公安局"的电话 <要求> 转账 & 保密', 5000],
    [2, '西沟村', '=1+1', -5],
    [3, '南沟村', '+8613800138000', 0.5],
    [4, '北沟村', '@SUM(A1)', null],
    [5, '🚓 巡逻', '-5', 1e21],
  ],
};

describe('toXlsx', () => {
  it('writes a complete package whose names are flagged UTF-8', () => {
    const entries = unzip(toXlsx(REPORTS, '报案'));
    for (const entry of entries.values()) expect(entry.flags & 0x0800).toBe(0x0800);
    expect(entries.get('xl/worksheets/sheet1.xml')?.method).toBe(8);
  });

  it('puts the bold header in row 1 and freezes it', () => {
    const parts = open(REPORTS);
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    const grid = cells(sheet);
    expect(grid.get('A1')).toEqual({ type: 'inlineStr', style: '1', text: '编号' });
    expect(grid.get('D1')).toEqual({ type: 'inlineStr', style: '1', text: '金额' });
    expect(parts.get('xl/styles.xml')).toContain('<font><b/>');
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<dimension ref="A1:D6"/>');
  });

  it('keeps Chinese and emoji, numbers as numbers, and leaves null cells out', () => {
    const grid = cells(sheetOf(REPORTS));
    expect(grid.get('B2')).toEqual({ type: 'inlineStr', style: undefined, text: '东沟村' });
    expect(grid.get('B6')?.text).toBe('🚓 巡逻');
    expect(grid.get('A2')).toEqual({ type: undefined, style: undefined, text: '1' });
    expect(grid.get('D2')?.text).toBe('5000');
    expect(grid.get('D3')).toEqual({ type: undefined, style: undefined, text: '-5' });
    expect(Number(grid.get('D6')?.text)).toBe(1e21);
    expect(grid.has('D5')).toBe(false);
  });

  it('escapes markup and never writes a formula, neutralising strings like the CSV', () => {
    const parts = open(REPORTS);
    for (const xml of parts.values()) expect(xml).not.toMatch(/<f[ >/]/);
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('&quot;公安局&quot;的电话 &lt;要求&gt; 转账 &amp; 保密');
    const grid = cells(sheet);
    expect(grid.get('C3')).toEqual({ type: 'inlineStr', style: undefined, text: "'=1+1" });
    expect(grid.get('C4')?.text).toBe("'+8613800138000");
    expect(grid.get('C5')?.text).toBe("'@SUM(A1)");
    expect(grid.get('C6')?.text).toBe("'-5");
  });

  it("strips characters XML 1.0 forbids and protects Excel's _xHHHH_ escapes", () => {
    const grid = cells(
      sheetOf({
        columns: ['内容'],
        rows: [['a\u0000b\u0008c\u000bd\ud800e'], ['_x0041_'], [' 两端空格 ']],
      }),
    );
    expect(grid.get('A2')?.text).toBe('abcde');
    expect(grid.get('A3')?.text).toBe('_x005F_x0041_');
    expect(sheetOf({ columns: ['x'], rows: [[' 两端空格 ']] })).toContain(
      '<t xml:space="preserve"> 两端空格 </t>',
    );
  });

  it('keeps line breaks inside a cell and wraps multi-line or over-wide text', () => {
    const parts = open({
      columns: ['内容', '编号'],
      rows: [
        ['第一行\r\n第二行', 1],
        ['报'.repeat(40), 2],
        ['短', 3],
      ],
    });
    const grid = cells(parts.get('xl/worksheets/sheet1.xml') ?? '');
    expect(grid.get('A2')).toEqual({ type: 'inlineStr', style: '2', text: '第一行\n第二行' });
    expect(grid.get('A3')?.style).toBe('2');
    expect(grid.get('A4')?.style).toBeUndefined();
    // Beside wrapped text, cells name the top-aligned style 0 explicitly (LibreOffice needs it).
    expect(grid.get('B2')).toEqual({ type: undefined, style: '0', text: '1' });
    expect(grid.get('B4')?.style).toBeUndefined();
    expect(parts.get('xl/styles.xml')).toContain('<alignment vertical="top" wrapText="1"/>');
    // LibreOffice does not grow rows for wrapped text on open, so the rows carry their height.
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<row r="2" ht="30">');
    expect(sheet).toContain('<row r="3" ht="30">');
    expect(sheet).toContain('<row r="4">');
  });

  it('cuts text past Excel’s 32,767-character cell limit instead of breaking the file', () => {
    const grid = cells(sheetOf({ columns: ['内容'], rows: [['报'.repeat(40_000)]] }));
    expect(grid.get('A2')?.text.length).toBe(32_767);
    expect(grid.get('A2')?.text.endsWith('…')).toBe(true);
  });

  it('fits column widths to the content, Chinese counting double', () => {
    const sheet = sheetOf({
      columns: ['id', '内容'],
      rows: [
        [1, '接到冒充公检法电话要求转账'],
        [2, 'x'.repeat(500)],
      ],
    });
    expect(sheet).toContain('<col min="1" max="1" width="6" customWidth="1"/>');
    expect(sheet).toContain('<col min="2" max="2" width="60" customWidth="1"/>');
    const narrow = sheetOf({ columns: ['内容'], rows: [['接到冒充公检法电话']] });
    expect(narrow).toContain('<col min="1" max="1" width="20" customWidth="1"/>');
  });

  it('cleans the sheet name to what Excel accepts', () => {
    const workbook = open(REPORTS, '2024/05 报案: "东沟村" & [西沟村] 以及更多更多更多的村子').get(
      'xl/workbook.xml',
    );
    expect(workbook).toContain(
      '<sheet name="202405 报案 &quot;东沟村&quot; &amp; 西沟村 以及更多更多更多的" sheetId="1"',
    );
  });

  it('writes a header-only workbook for an empty export', () => {
    const sheet = sheetOf({ columns: ['编号', '内容'], rows: [] });
    expect([...cells(sheet).keys()]).toEqual(['A1', 'B1']);
    expect(sheet).toContain('<dimension ref="A1:B1"/>');
  });

  it('handles 5,000 reports quickly and compactly', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      i + 1,
      `${['东', '西', '南', '北'][i % 4]}沟村`,
      `第${i + 1}号报案：有人冒充客服要求下载会议软件并共享屏幕，金额${i * 13}元`,
      i * 13,
      i % 7 === 0 ? null : `+86138${String(i).padStart(8, '0')}`,
    ]);
    const { value: bytes, ms } = cpuTime(() =>
      toXlsx({ columns: ['编号', '村', '内容', '金额', '电话'], rows }, '报案'),
    );
    expect(ms).toBeLessThan(5_000);
    expect(bytes.length).toBeLessThan(300_000);
    const grid = cells(unzip(bytes).get('xl/worksheets/sheet1.xml')?.data.toString('utf8') ?? '');
    expect(grid.get('A5001')?.text).toBe('5000');
    expect(grid.get('E5001')?.text).toBe("'+8613800004999");
  });

  it('refuses rows that do not match the header', () => {
    expect(() => toXlsx({ columns: ['a'], rows: [['x', 'y']] }, 's')).toThrow(
      /rows\[0\] has 2 cells/,
    );
  });
});
