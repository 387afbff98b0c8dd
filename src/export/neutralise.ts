/**
 * Characters that make Excel, WPS or LibreOffice treat a cell as a formula (OWASP "CSV
 * Injection"), and the invisible characters a formula can hide behind: a spreadsheet skips
 * leading spaces, tabs, no-break spaces, zero-width characters and a stray BOM before it decides
 * whether a cell is a formula, so " =1+1" or "\u200B=1+1" is as dangerous as "=1+1".
 */
const TRIGGER = /^[\s\u00a0\u180e\u200b-\u200f\u2028-\u202f\u2060-\u2064\ufeff]*[=+\-@]/u;
/** Tab and carriage return start a formula on their own in some importers. */
const CONTROL_START = /^[\t\r]/;

/**
 * Cells whose first visible character is = + - @ (after any spaces, tabs, no-break spaces,
 * zero-width characters or a BOM), or that start with a tab or carriage return, get a leading
 * single quote so spreadsheet apps show them as text and never evaluate them.
 *
 * Report text comes from residents, so anyone can type `=HYPERLINK("http://evil", "点击")` into a
 * report and wait for an officer to open the export. The quote stays visible in the cell; that is
 * the accepted price, because a phone number such as `+8613800138000` must read as text anyway.
 *
 * @example
 * neutraliseCell('=1+1'); // "'=1+1"
 * neutraliseCell('\u00a0=1+1'); // "'\u00a0=1+1"
 * neutraliseCell('+8613800138000'); // "'+8613800138000"
 * neutraliseCell('村口被骗 2000 元'); // unchanged
 */
export function neutraliseCell(value: string): string {
  return TRIGGER.test(value) || CONTROL_START.test(value) ? `'${value}` : value;
}
