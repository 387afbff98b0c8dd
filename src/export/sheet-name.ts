/** Characters Excel refuses in a sheet name, plus control characters. */
const FORBIDDEN = /[[\]:*?/\\\p{Cc}]/gu;
const MAX_LENGTH = 31;
const FALLBACK = 'Sheet1';

/**
 * A sheet name Excel accepts without "repairing" the file: forbidden characters `[]:*?/\`
 * stripped, at most 31 characters (cut between whole characters, never inside an emoji), no
 * apostrophe at either end, never empty, never the reserved name "History".
 *
 * @example
 * sanitiseSheetName('2024/05 报案: 东沟村'); // "202405 报案 东沟村"
 */
export function sanitiseSheetName(name: string): string {
  let kept = '';
  for (const char of name.replace(FORBIDDEN, '')) {
    if (kept.length + char.length > MAX_LENGTH) break;
    kept += char;
  }
  const trimmed = kept.replace(/^[\s']+|[\s']+$/g, '');
  if (trimmed === '') return FALLBACK;
  return trimmed.toLowerCase() === 'history' ? `${trimmed}1` : trimmed;
}
