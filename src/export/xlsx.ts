import { sanitiseSheetName } from './sheet-name.js';
import { checkTable, type Table } from './table.js';
import { CONTENT_TYPES, ROOT_RELS, STYLES, WORKBOOK_RELS, workbookXml } from './xlsx-package.js';
import { sheetXml } from './xlsx-sheet.js';
import { zip } from './zip.js';

/**
 * A minimal valid XLSX (Office Open XML spreadsheet) built in memory: a ZIP (deflate via
 * node:zlib, our own CRC-32, local headers + central directory + end record, UTF-8 flag set for
 * names) holding [Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels,
 * xl/styles.xml (bold header row) and xl/worksheets/sheet1.xml with inline strings and numbers,
 * a frozen header row and columns fitted to their content.
 *
 * Every string is XML-escaped with XML-illegal characters stripped, and neutralised like the CSV:
 * strings are always inline strings, never `<f>`, so nothing a resident typed becomes a formula.
 * Unlike CSV, Excel keeps text as text here, so ID card and phone numbers keep every digit.
 *
 * `sheetName` is cleaned to what Excel accepts (at most 31 characters, no `[]:*?/\`).
 *
 * @example
 * const bytes = toXlsx({ columns: ['村', '人数'], rows: [['东沟村', 12]] }, '2024年5月报案');
 * await writeFile('reports.xlsx', bytes);
 */
export function toXlsx(table: Table, sheetName: string): Buffer {
  checkTable(table);
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sanitiseSheetName(sheetName)) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(table) },
  ]);
}
