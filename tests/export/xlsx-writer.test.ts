/**
 * The streaming workbook: summary first, rows split across sheets at the row limit (Excel's
 * 1,048,576 in use; a small limit here), every sheet with its header, neutralised text, real dates.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/export/xlsx-writer.js';

const columns = [
  { header: '编号 reference', width: 17 },
  { header: '时间 created', width: 16, date: true },
  { header: '情况 description', width: 36 },
];
const summary = {
  title: '村警通 反映导出 2026-11-01 至 2026-11-30',
  note: '时间均为 Asia/Shanghai 当地时间',
  total: 5,
  sections: [{ heading: '按村 by village', rows: [{ label: '红旗村', count: 5 }] }],
};

describe('openXlsx', () => {
  it('starts a new sheet, with its own header, when one is full', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'r.xlsx');
    const sink = await openXlsx({
      file,
      columns,
      sheetName: '反映 reports',
      summary,
      maxRowsPerSheet: 3,
    });
    for (let i = 1; i <= 5; i++) {
      await sink.add([
        `JF-${i}`,
        new Date(Date.UTC(2026, 10, i, 9, 15)),
        i === 5 ? '\u00a0=1+1' : `第 ${i} 条`,
      ]);
    }
    await sink.close();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['汇总 summary', 6],
      ['反映 reports', 3],
      ['反映 reports 2', 3],
      ['反映 reports 3', 2],
    ]);
    const last = wb.worksheets[3];
    expect(last?.getRow(1).getCell(1).value).toBe('编号 reference');
    expect(last?.getRow(2).getCell(1).value).toBe('JF-5');
    expect(last?.getRow(2).getCell(2).value).toEqual(new Date('2026-11-05T09:15:00Z'));
    expect(last?.getRow(2).getCell(3).value).toBe("'\u00a0=1+1");
    expect(wb.worksheets[0]?.getRow(1).getCell(1).value).toBe(summary.title);
  });

  it('writes the summary and a header even when there are no rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'empty.xlsx');
    const sink = await openXlsx({
      file,
      columns,
      sheetName: '反映 reports',
      summary: { ...summary, total: 0, sections: [] },
    });
    await sink.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总 summary', '反映 reports']);
    expect(wb.worksheets[1]?.getRow(1).getCell(3).value).toBe('情况 description');
  });

  it('refuses a row that does not match the header, naming the row', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'bad.xlsx');
    const sink = await openXlsx({ file, columns, sheetName: 'r', summary });
    await expect(sink.add(['JF-1', null])).rejects.toThrow(
      /rows\[0\] has 2 cells but the table has 3 columns/,
    );
    await sink.close();
  });
});
