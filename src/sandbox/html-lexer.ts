/**
 * The lexical pieces of Telegram's HTML parsing: start-tag attributes and character entities,
 * kept apart from `parseHtml`'s tag and entity bookkeeping. Both follow TDLib's `parse_html`.
 */

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** Reads the attributes of a start tag from `i` (just after its name) up to its `>`. */
export function readAttributes(
  html: string,
  start: number,
  name: string,
  where: () => string,
  fail: (reason: string) => Error,
): { argument: string; end: number } {
  const n = html.length;
  let i = start;
  let argument = '';
  while (html[i] !== '>') {
    while (i < n && isSpace(html[i])) i++;
    if (i >= n) throw fail(`Unclosed start tag ${where()}`);
    if (html[i] === '>') break;
    const nameBegin = i;
    while (i < n && !isSpace(html[i]) && html[i] !== '=' && html[i] !== '>') i++;
    const attribute = html.slice(nameBegin, i).toLowerCase();
    if (!attribute) throw fail(`Empty attribute name in the tag "${name}" ${where()}`);
    while (i < n && isSpace(html[i])) i++;
    if (i >= n) throw fail(`Unclosed start tag ${where()}`);
    if (html[i] !== '=') {
      if (name === 'blockquote' && attribute === 'expandable') argument = 'expandable';
      continue;
    }
    i++;
    while (i < n && isSpace(html[i])) i++;
    if (i >= n) throw fail(`Unclosed start tag "${name}" ${where()}`);
    let value = '';
    const quote = html[i];
    if (quote !== '"' && quote !== "'") {
      const tokenBegin = i;
      while (i < n && /[A-Za-z0-9.-]/.test(html[i] ?? '')) i++;
      value = html.slice(tokenBegin, i).toLowerCase();
      if (i >= n || (!isSpace(html[i]) && html[i] !== '>')) {
        const offset = Buffer.byteLength(html.slice(0, tokenBegin));
        throw fail(`Unexpected end of name token at byte offset ${offset}`);
      }
    } else {
      i++;
      while (i < n && html[i] !== quote) {
        const decoded = html[i] === '&' ? decodeEntity(html, i) : undefined;
        value += decoded ? decoded.char : html[i];
        i = decoded ? decoded.end : i + 1;
      }
      if (i >= n) throw fail(`Unclosed start tag ${where()}`);
      i++;
    }
    if (name === 'a' && attribute === 'href') argument = value;
    else if (name === 'code' && attribute === 'class' && value.startsWith('language-')) {
      argument = value.slice('language-'.length);
    } else if (name === 'span' && attribute === 'class' && value === 'tg-spoiler') {
      argument = 'spoiler';
    } else if (name === 'tg-emoji' && attribute === 'emoji-id') argument = value;
  }
  return { argument, end: i };
}

/**
 * Decodes `&lt;` `&gt;` `&amp;` `&quot;` and numeric references at `pos`, as TDLib does
 * (the `;` is optional there). Returns undefined when `pos` starts no entity.
 */
export function decodeEntity(
  text: string,
  pos: number,
): { char: string; end: number; terminated: boolean } | undefined {
  const match = /^&(?:#x([0-9a-f]{1,8})|#([0-9]{1,8})|(lt|gt|amp|quot))(;?)/i.exec(
    text.slice(pos, pos + 12),
  );
  if (!match) return undefined;
  let char: string;
  if (match[3]) {
    const named = NAMED[match[3]];
    if (!named) return undefined; // names are case-sensitive, like TDLib's
    char = named;
  } else {
    const code = match[1] ? Number.parseInt(match[1], 16) : Number(match[2]);
    if (code === 0 || code >= 0x10ffff) return undefined;
    char = String.fromCodePoint(code);
  }
  return { char, end: pos + match[0].length, terminated: match[4] === ';' };
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
