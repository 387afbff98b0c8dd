/**
 * An XLSX workbook written row by row with exceljs's streaming writer: a summary sheet first, then
 * the rows, starting a new sheet whenever one reaches Excel's limit of 1,048,576 rows.
 *
 * Laid out for a county office that prints: frozen header row and reference column, fixed column
 * widths, wrapped text in rows as tall as their text needs (see `row-height.ts`), real date cells in local time, landscape
 * A4 fitted to one page wide with the header repeated on every page and page numbers below.
 * Strings are always written as text, never as formulas, and neutralised like the CSV.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadOnDemand } from '../load-on-demand.js';
import { neutraliseCell } from './neutralise.js';
import type { Column } from './report-columns.js';
import { rowHeight } from './row-height.js';

const exceljs = loadOnDemand<typeof ExcelJS>('exceljs');

import type { RowSink } from './row-sink.js';
import { sanitiseSheetName } from './sheet-name.js';
import type { Summary } from './summary.js';
import { type Cell, checkRow } from './table.js';

/** Excel's row limit, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface XlsxOptions {
  file: string;
  columns: readonly Column[];
  /** Base name of the data sheets; the second and later get " 2", " 3" … */
  sheetName: string;
  summary: Summary;
  /** Rows per sheet, header included; lower only in tests. */
  maxRowsPerSheet?: number;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EAED' },
};
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBDC1C6' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function printSetup(): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
  };
}

const FOOTER = { oddFooter: '&C第 &P 页 / 共 &N 页' };

function cellValue(cell: Cell): ExcelJS.CellValue {
  return typeof cell === 'string' ? neutraliseCell(cell) : cell;
}

function writeSummary(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: Summary): void {
  const sheet = wb.addWorksheet('汇总 summary', {
    pageSetup: { ...printSetup(), orientation: 'portrait', printTitlesRow: undefined },
    headerFooter: FOOTER,
  });
  sheet.columns = [{ width: 34 }, { width: 12 }];
  const add = (values: ExcelJS.CellValue[], style: Partial<ExcelJS.Style> = {}) => {
    const row = sheet.addRow(values);
    row.eachCell((c) => Object.assign(c, { style: { ...style } }));
    row.commit();
  };
  add([neutraliseCell(s.title)], { font: { bold: true, size: 14 } });
  add([neutraliseCell(s.note)], { font: { color: { argb: 'FF5F6368' } } });
  add(['合计 total', s.total], { font: { bold: true } });
  for (const section of s.sections) {
    add([]);
    add([neutraliseCell(section.heading), '数量 count'], {
      font: { bold: true },
      fill: HEADER_FILL,
      border: BORDER,
    });
    for (const r of section.rows) add([neutraliseCell(r.label), r.count], { border: BORDER });
  }
  sheet.commit();
}

/**
 * Waits while the zip's deflate stream is behind. exceljs hands each sheet's XML to the zip
 * without looking at the stream's return value, so rows made faster than deflate can pack them
 * would pile up in memory (300 MB past 100,000 rows on a busy machine). Its sheet buffer keeps the
 * zip entry it feeds in `pipes`; we wait for that stream's 'drain' like any other writer would.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const buffer = (sheet as unknown as { stream?: { pipes?: ZipEntry[] } }).stream;
  const entry = buffer?.pipes?.[0];
  // archiver's streams come from readable-stream 2, which has no `writableNeedDrain` getter.
  if (entry && (entry.writableNeedDrain || entry._writableState?.needDrain))
    await once(entry, 'drain');
}

type ZipEntry = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * Opens the workbook at `file`, writes the summary sheet, and returns a sink for the data rows.
 *
 * @example
 * const sink = await openXlsx({ file, columns: REPORT_COLUMNS, sheetName: '反映 reports', summary });
 * for await (const row of exportRows(db, from, to)) await sink.add(reportCells(row, labels, tz));
 * await sink.close();
 */
export async function openXlsx(o: XlsxOptions): Promise<RowSink> {
  const wb = new (exceljs().stream.xlsx.WorkbookWriter)({
    filename: o.file,
    useStyles: true,
    useSharedStrings: false,
  });
  writeSummary(wb, o.summary);
  const headers = o.columns.map((c) => c.header);
  const widths = o.columns.map((c) => c.width);
  const wraps = o.columns.map((c) => !c.date);
  const fitted = (row: ExcelJS.Row, cells: readonly Cell[]) => {
    const height = rowHeight(cells, widths, wraps);
    if (height !== undefined) row.height = height;
    row.commit();
  };
  const perSheet = (o.maxRowsPerSheet ?? EXCEL_MAX_ROWS) - 1;
  let sheet: ExcelJS.Worksheet | null = null;
  let inSheet = 0;
  let sheets = 0;
  let count = 0;

  const newSheet = () => {
    sheet?.commit();
    sheets++;
    const name = sanitiseSheetName(sheets === 1 ? o.sheetName : `${o.sheetName} ${sheets}`);
    sheet = wb.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
      pageSetup: printSetup(),
      headerFooter: FOOTER,
    });
    sheet.columns = o.columns.map((c) => ({
      width: c.width,
      style: {
        alignment: { vertical: 'top', wrapText: !c.date },
        ...(c.date ? { numFmt: 'yyyy-mm-dd hh:mm' } : {}),
      },
    }));
    const header = sheet.addRow(headers.map(neutraliseCell));
    header.eachCell((cell) => {
      cell.style = {
        font: { bold: true },
        fill: HEADER_FILL,
        alignment: { vertical: 'middle', wrapText: true },
        border: BORDER,
      };
    });
    fitted(header, headers);
    inSheet = 0;
    return sheet;
  };

  return {
    async add(cells) {
      checkRow(headers, cells, count++);
      const target = sheet && inSheet < perSheet ? sheet : newSheet();
      fitted(target.addRow(cells.map(cellValue)), cells);
      inSheet++;
      if (count % 100 === 0) await zipCaughtUp(target);
    },
    async close() {
      if (!sheet) newSheet();
      await wb.commit();
    },
  };
}
