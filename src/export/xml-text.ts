/**
 * Anything XML 1.0 forbids outright (C0 controls other than tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF). Escaping cannot rescue these, even `&#1;` is illegal, so they are dropped.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text safe for both XML element content and attribute values: & < > " ' escaped and characters
 * illegal in XML 1.0 stripped. Report text is typed by residents and may hold anything, and one
 * stray \u0001 would make the whole workbook unreadable.
 *
 * @example
 * escapeXml('<张三> & "李四"\u0001'); // "&lt;张三&gt; &amp; &quot;李四&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text that can go into a spreadsheet cell: characters XML 1.0 forbids dropped (a lone surrogate
 * left by a cut emoji, a pasted control character). Everything else, Mongolian with its variation
 * selectors and vowel separators included, is kept exactly as stored.
 */
export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL, '');
}
