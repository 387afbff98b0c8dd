/**
 * A county office runs `cunjing reports export` and opens the file: Chinese labels, times on the
 * county's clock, anonymous reporters kept anonymous, formulas neutralised. "Today" comes from a
 * fixed clock set where the UTC date and the county's date differ (01:30 in Beijing is 17:30 UTC
 * the day before), which is where the old test failed every evening.
 */

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { reportsCommand } from '../../src/cli/reports.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { ensureUser } from '../../src/store/users.repository.js';
import { createSampleReport } from '../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

/** 2026-12-02 01:30 in Beijing; the UTC date is still 2026-12-01. */
const NOW = new Date('2026-12-01T17:30:00Z');
const clock = () => NOW;
/** 00:30 on 2026-12-02 in Beijing (16:30 UTC on 12-01). */
const AFTER_MIDNIGHT = new Date('2026-12-01T16:30:00Z');
/** 23:59 on 2026-11-30 in Beijing. */
const LAST_MINUTE_OF_NOVEMBER = new Date('2026-11-30T15:59:00Z');

const base = {
  kind: 'dispute' as const,
  category: 'land',
  colour: 'yellow' as const,
  voiceFileId: null,
  evidence: [],
  villageCode: 'wl-hongqi',
  townshipCode: 'T-WULAN',
  stationCode: 'ST-WULAN',
  latitude: 43.9,
  longitude: 116.1,
  placeText: null,
  outsideCounty: false,
  occurredText: null,
  reporterLanguage: 'zh-CN',
};

describe.each(ENGINES)('cunjing reports export (%s)', (engine) => {
  let store: TestStore;
  let dir: string;
  let lines: string[];
  let io: CliIo;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'export-'));
    store = await createTestStore(engine, { file: true });
    await ensureUser(store.db, 1, '实名张三');
    await createSampleReport(
      store.db,
      {
        ...base,
        submissionKey: 'a',
        description: '=HYPERLINK("http://x","点我")',
        anonymous: false,
        reporter: telegramAddress(1),
      },
      'Asia/Shanghai',
      AFTER_MIDNIGHT,
    );
    await createSampleReport(
      store.db,
      {
        ...base,
        submissionKey: 'b',
        description: '匿名反映',
        anonymous: true,
        reporter: telegramAddress(2),
        kind: 'clue',
        category: 'theft',
        colour: 'red',
        occurredText: 'ᠥᠴᠦᠭᠡᠳᠦᠷ',
      },
      'Asia/Shanghai',
      LAST_MINUTE_OF_NOVEMBER,
    );
    lines = [];
    io = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: { DATABASE_URL: store.url, TZ: 'Asia/Shanghai' },
    };
  });

  afterEach(async () => {
    await store.cleanup();
  });

  const run = (args: string[]) => reportsCommand(['export', ...args], io, clock);

  it('writes CSV and XLSX with anonymous reporters kept anonymous and formulas neutralised', async () => {
    const csvFile = join(dir, 'r.csv');
    expect(
      await run([
        '--from',
        '2020-01-01',
        '--to',
        '2026-12-02',
        '--format',
        'csv',
        '--out',
        csvFile,
      ]),
    ).toBe(0);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).toContain('实名张三');
    expect(csv).toContain('匿名');
    expect(csv).not.toContain(',=HYPERLINK');
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toContain('43.9');
    const xlsxFile = join(dir, 'r.xlsx');
    expect(
      await run([
        '--from',
        '2020-01-01',
        '--to',
        '2026-12-02',
        '--format',
        'xlsx',
        '--out',
        xlsxFile,
      ]),
    ).toBe(0);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');
    await expect(run(['--from', 'yesterday', '--to', '2026-12-02'])).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('counts days on the county clock: 00:30 on the 2nd is in December, 23:59 on the 30th is not', async () => {
    const file = join(dir, 'dec.csv');
    expect(await run(['--format', 'csv', '--out', file])).toBe(0);
    expect(lines.at(-1)).toBe(
      `Wrote 1 reports (2026-12-01 to 2026-12-02, Asia/Shanghai) to ${file}`,
    );
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('2026-12-02 00:30');
    expect(csv).not.toContain('匿名反映');

    const nov = join(dir, 'nov.csv');
    expect(
      await run(['--from', '2026-11-30', '--to', '2026-11-30', '--format', 'csv', '--out', nov]),
    ).toBe(0);
    const rows = readFileSync(nov, 'utf8').split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(
      /^JF-20261130-0001,2026-11-30 23:59,违法线索,盗窃（含偷牲畜）,红色,新反映,红旗村,乌兰镇,乌兰派出所,匿名反映,已共享位置（坐标不导出）,ᠥᠴᠦᠭᠡᠳᠦᠷ,匿名,,,,$/,
    );
  });

  it('writes each report’s history, on the county clock, with the reporter never named', async () => {
    // History names the officer by person.
    const officer = (await ensureUser(store.db, 200001, '李警官')).personId;
    // Report 2 is anonymous (reporter 2): an officer's note, then what the reporter added.
    const at = (iso: string) => new Date(iso).toISOString();
    await store.db
      .insertInto('report_events')
      .values([
        {
          report_id: 2,
          at: at('2026-12-01T02:05:00Z'),
          actor_id: officer,
          type: 'note',
          body: '已电话核实',
        },
        {
          report_id: 2,
          at: at('2026-12-01T03:10:00Z'),
          actor_id: officer,
          type: 'info_request',
          body: '羊是几只？',
        },
        {
          report_id: 2,
          at: at('2026-12-01T04:20:00Z'),
          actor_id: null,
          type: 'reporter_info',
          body: '三只',
        },
        {
          report_id: 2,
          at: at('2026-12-01T04:21:00Z'),
          actor_id: null,
          type: 'reporter_evidence',
          body: 'photo',
        },
      ])
      .execute();
    const file = join(dir, 'h.xlsx');
    expect(await run(['--from', '2026-11-01', '--to', '2026-12-02', '--out', file])).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[1];
    expect(sheet?.getRow(1).getCell(17).value).toBe('处理记录 history');
    const row = [2, 3]
      .map((n) => sheet?.getRow(n))
      .find((r) => r?.getCell(1).value === 'JF-20261130-0001');
    expect(String(row?.getCell(17).value).split('\n')).toEqual([
      '2026-12-01 10:05 内部备注 李警官：已电话核实',
      '2026-12-01 11:10 请反映人补充 李警官：羊是几只？',
      '2026-12-01 12:20 反映人补充：三只',
      '2026-12-01 12:21 反映人补充附件：照片',
    ]);
    expect(String(row?.getCell(17).value)).not.toMatch(/User2|\b2\b/);
  });

  it('writes an XLSX a county office can read and print', async () => {
    const file = join(dir, 'r.xlsx');
    expect(await run(['--from', '2026-11-01', '--to', '2026-12-02', '--out', file])).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总 summary', '反映 reports']);

    const summary = wb.worksheets[0];
    const summaryText = summary?.getSheetValues().flat().filter(Boolean).map(String) ?? [];
    expect(summaryText).toEqual(
      expect.arrayContaining([
        '村警通 反映导出 2026-11-01 至 2026-12-02',
        '按类别 by category',
        '土地、宅基地边界',
        '盗窃（含偷牲畜）',
        '按颜色 by colour',
        '红色',
        '黄色',
        '按村 by village',
        '红旗村',
        '按状态 by status',
        '新反映',
      ]),
    );

    const sheet = wb.worksheets[1];
    if (!sheet) throw new Error('no data sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('编号 reference');
    expect(sheet.getRow(1).getCell(16).value).toBe('回访 satisfaction');
    const dec = sheet.getRow(2);
    expect(dec.getCell(2).value).toEqual(new Date('2026-12-02T00:30:00Z'));
    expect(dec.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(dec.getCell(3).value).toBe('矛盾纠纷');
    expect(dec.getCell(4).value).toBe('土地、宅基地边界');
    expect(dec.getCell(5).value).toBe('黄色');
    expect(dec.getCell(7).value).toBe('红旗村');
    expect(dec.getCell(10).value).toBe('\'=HYPERLINK("http://x","点我")');
    expect(dec.getCell(10).alignment?.wrapText).toBe(true);
    expect(dec.getCell(13).value).toBe('实名张三');
    expect(sheet.getRow(3).getCell(12).value).toBe('ᠥᠴᠦᠭᠡᠳᠦᠷ');
    // Rows are as tall as their wrapped text: this description takes two lines at width 36.
    expect(dec.height).toBe(34);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.getColumn(10).width).toBe(36);
  });

  it('says what is wrong with a bad date or format', async () => {
    await expect(run(['--from', '2026-02-30'])).rejects.toThrow(/--from 2026-02-30 is not a date/);
    await expect(run(['--format', 'pdf'])).rejects.toThrow(/--format pdf is not supported/);
    await expect(run(['--from', '2026-12-02', '--to', '2026-12-01'])).rejects.toThrow(
      /is after --to/,
    );
    await expect(reportsCommand(['import'], io, clock)).rejects.toThrow(
      /usage: cunjing reports export/,
    );
  });
});
