import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';
import { checkUrl, type FormattedText, sortEntities } from './message-entities.js';

/**
 * Telegram's `parse_mode: "MarkdownV2"`, after TDLib's `parse_markdown_v2`: every reserved
 * character outside an entity must be escaped with `\`, which is the mistake bots make most
 * often with this mode, so the emulator reports it with Telegram's own wording.
 *
 * @example
 * parseMarkdownV2('*报警* 110\\.') // → { text: '报警 110.', entities: [bold 0..2] }
 */
export function parseMarkdownV2(source: string): FormattedText {
  const fail = (reason: string) => badRequest(`can't parse entities: ${reason}`);
  const at = (i: number) => `at byte offset ${Buffer.byteLength(source.slice(0, i))}`;
  const stack: Array<{ type: V2Type; offset: number; begin: number; language?: string }> = [];
  const entities: MessageEntity[] = [];
  let quoteStart: number | undefined;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1] ?? '';
    if (c === '\\' && next && next.charCodeAt(0) <= 126) {
      out += next;
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    const inCode = top?.type === 'code' || top?.type === 'pre';
    if (c === '>' && !inCode && (i === 0 || source[i - 1] === '\n')) {
      quoteStart ??= out.length;
      continue;
    }
    if (c === '\n' && quoteStart !== undefined && source[i + 1] !== '>') {
      if (out.length > quoteStart) {
        entities.push({ type: 'blockquote', offset: quoteStart, length: out.length - quoteStart });
      }
      quoteStart = undefined;
    }
    if (!(inCode ? '`' : RESERVED).includes(c)) {
      out += c;
      continue;
    }
    if (top && closes(top.type, source, i)) {
      stack.pop();
      const length = out.length - top.offset;
      if (top.type === 'underline' || top.type === 'spoiler') i++;
      if (top.type === 'pre') i += 2;
      if (top.type === 'text_link') {
        const link = readLink(source, i, out.slice(top.offset));
        if (!link) throw fail(`Can't find end of a URL ${at(i + 2)}`);
        i = link.end;
        if (length > 0 && link.url) {
          entities.push({ type: 'text_link', offset: top.offset, length, url: link.url });
        }
      } else if (length > 0) {
        const entity = { type: top.type, offset: top.offset, length } as MessageEntity;
        if (top.language) Object.assign(entity, { language: top.language });
        entities.push(entity);
      }
      continue;
    }
    const type = opens(c, next, source[i + 2]);
    if (!type)
      throw fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
    const entry: (typeof stack)[number] = { type, offset: out.length, begin: i };
    stack.push(entry);
    if (type === 'underline' || type === 'spoiler') i++;
    if (type === 'pre') i = skipPreHeader(source, i + 3, entry) - 1;
  }
  if (quoteStart !== undefined && out.length > quoteStart) {
    entities.push({ type: 'blockquote', offset: quoteStart, length: out.length - quoteStart });
  }
  const open = stack.pop();
  if (open) throw fail(`Can't find end of ${V2_NAMES[open.type]} entity ${at(open.begin)}`);
  return { text: out, entities: sortEntities(entities) };
}

type V2Type =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'spoiler'
  | 'code'
  | 'pre'
  | 'text_link';
const RESERVED = '_*[]()~`>#+-=|{}.!';
const V2_NAMES: Record<V2Type, string> = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  spoiler: 'Spoiler',
  code: 'Code',
  pre: 'Pre',
  text_link: 'TextUrl',
};

function opens(c: string, next: string, third: string | undefined): V2Type | undefined {
  if (c === '_') return next === '_' ? 'underline' : 'italic';
  if (c === '*') return 'bold';
  if (c === '~') return 'strikethrough';
  if (c === '|' && next === '|') return 'spoiler';
  if (c === '[') return 'text_link';
  if (c === '`') return next === '`' && third === '`' ? 'pre' : 'code';
  return undefined;
}

function closes(type: V2Type, s: string, i: number): boolean {
  const c = s[i];
  switch (type) {
    case 'bold':
      return c === '*';
    case 'italic':
      return c === '_' && s[i + 1] !== '_';
    case 'underline':
      return c === '_' && s[i + 1] === '_';
    case 'strikethrough':
      return c === '~';
    case 'spoiler':
      return c === '|' && s[i + 1] === '|';
    case 'code':
      return c === '`';
    case 'pre':
      return c === '`' && s[i + 1] === '`' && s[i + 2] === '`';
    case 'text_link':
      return c === ']';
  }
}

/** Skips a ```` ``` ```` block's language and first newline; returns where its text starts. */
function skipPreHeader(s: string, start: number, entry: { language?: string }): number {
  let j = start;
  while (j < s.length && !/\s/.test(s[j] ?? '') && s[j] !== '`') j++;
  let i = start;
  if (j > start && j < s.length && s[j] !== '`') {
    entry.language = s.slice(start, j);
    i = j;
  }
  if (s[i] === '\r' && s[i + 1] === '\n') return i + 2;
  return s[i] === '\n' ? i + 1 : i;
}

/** Reads `(url)` after the `]` at `i`; without one, the link text itself is the URL. */
export function readLink(
  s: string,
  i: number,
  text: string,
): { url?: string; end: number } | undefined {
  if (s[i + 1] !== '(') return { url: checkUrl(text), end: i };
  let url = '';
  let j = i + 2;
  while (j < s.length && s[j] !== ')') {
    if (s[j] === '\\' && j + 1 < s.length) j++;
    url += s[j];
    j++;
  }
  if (j >= s.length) return undefined;
  return { url: checkUrl(url), end: j };
}
