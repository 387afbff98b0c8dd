/**
 * Splits a long HTML message into parts Telegram accepts: at most 4096 characters of visible
 * text each (Telegram counts after entity parsing, in UTF-16 units). Splits fall between lines,
 * so a part never cuts a tag in two; our messages keep every tag within one line.
 */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** The text Telegram will display for HTML: tags removed, the three entities decoded. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, '_').length;
}

export function splitHtmlMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let currentLength = 0;
  const flush = () => {
    const text = current.join('\n').trim();
    if (text) parts.push(text);
    current = [];
    currentLength = 0;
  };
  for (const line of html.split('\n')) {
    const length = visibleLength(line);
    if (length > limit) {
      // A single overlong line: strip its markup and cut the plain text, keeping it escaped.
      flush();
      const plain = line.replace(/<[^>]*>/g, '');
      for (let i = 0; i < plain.length; i += limit) parts.push(safeCut(plain, i, limit));
      continue;
    }
    if (currentLength + length + 1 > limit) flush();
    current.push(line);
    currentLength += length + 1;
  }
  flush();
  return parts;
}

/** Cuts escaped text without splitting an entity such as &amp; in half. */
function safeCut(text: string, start: number, size: number): string {
  let end = Math.min(text.length, start + size);
  const amp = text.lastIndexOf('&', end);
  if (amp >= start && amp > end - 8 && text.indexOf(';', amp) >= end) end = amp;
  return text.slice(start, end);
}
