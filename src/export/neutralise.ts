/**
 * Characters that make Excel, WPS or LibreOffice treat a cell as a formula (or, for tab and
 * carriage return, let a formula hide behind invisible leading whitespace). This is the list from
 * OWASP's "CSV Injection" page.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Cells that start with = + - @ (or tab / carriage return) are prefixed with a single quote so
 * spreadsheet apps show them as text, never evaluate them (CSV/formula injection, OWASP).
 *
 * Report text comes from residents, so anyone can type `=HYPERLINK("http://evil", "点击")` into a
 * report and wait for an officer to open the export. The quote stays visible in the cell; that is
 * the accepted price, because a phone number such as `+8613800138000` must read as text anyway.
 *
 * @example
 * neutraliseCell('=1+1'); // "'=1+1"
 * neutraliseCell('+8613800138000'); // "'+8613800138000"
 * neutraliseCell('村口被骗 2000 元'); // unchanged
 */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}
