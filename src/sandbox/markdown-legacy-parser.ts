import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';
import { readLink } from './markdown-v2-parser.js';
import { type FormattedText, sortEntities } from './message-entities.js';

/**
 * Telegram's legacy `parse_mode: "Markdown"`: `*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````
 * and `[text](url)`, with no escaping rules beyond `\` before those four characters.
 */
export function parseLegacyMarkdown(source: string): FormattedText {
  const entities: MessageEntity[] = [];
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && '_*`['.includes(source[i + 1] ?? ' ')) {
      out += source[++i];
      continue;
    }
    if (!'_*`['.includes(c)) {
      out += c;
      continue;
    }
    const begin = i;
    const pre = c === '`' && source.startsWith('``', i + 1);
    const close = pre ? '```' : c === '[' ? ']' : c;
    i += pre ? 3 : 1;
    const end = source.indexOf(close, i);
    if (end < 0) {
      const offset = Buffer.byteLength(source.slice(0, begin));
      throw badRequest(
        `can't parse entities: Can't find end of the entity starting at byte offset ${offset}`,
      );
    }
    const inner = source.slice(i, end);
    const offset = out.length;
    out += inner;
    i = end + close.length - 1;
    if (c === '[') {
      const link = readLink(source, end, inner);
      if (!link)
        throw badRequest(`can't parse entities: Can't find end of a URL at byte offset ${end}`);
      i = link.end;
      if (inner && link.url)
        entities.push({ type: 'text_link', offset, length: inner.length, url: link.url });
      continue;
    }
    if (!inner) continue;
    const type = pre ? 'pre' : c === '`' ? 'code' : c === '*' ? 'bold' : 'italic';
    entities.push({ type, offset, length: inner.length });
  }
  return { text: out, entities: sortEntities(entities) };
}
