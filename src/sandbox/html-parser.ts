import type { MessageEntity, User } from 'grammy/types';
import { badRequest } from './api-error.js';
import { decodeEntity, isSpace, readAttributes } from './html-lexer.js';
import { checkUrl, type FormattedText, sortEntities } from './message-entities.js';

/**
 * Telegram's `parse_mode: "HTML"`, following TDLib's `parse_html` closely so that the bot
 * fails here for the same inputs (and with the same messages) as it would in production:
 * an unknown tag, a `<` that starts no tag, a mismatched or unclosed tag.
 *
 * One deliberate difference: with `strictAmpersand` (the emulator's default) a `&` that is not
 * a complete entity such as `&amp;` is rejected. Telegram shows it as is, but a bare `&` almost
 * always means user text was pasted into HTML unescaped, and the next user who types `<` will
 * break that message in production.
 *
 * @example
 * parseHtml('<b>报警</b> 110') // → { text: '报警 110', entities: [{ type: 'bold', offset: 0, length: 2 }] }
 */
export function parseHtml(
  html: string,
  options: { strictAmpersand?: boolean; findUser?: (id: number) => User | undefined } = {},
): FormattedText {
  const fail = (reason: string) => badRequest(`can't parse entities: ${reason}`);
  const at = (i: number) => `at byte offset ${Buffer.byteLength(html.slice(0, i))}`;
  const n = html.length;
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let out = '';
  let i = 0;
  while (i < n) {
    const special = nextSpecial(html, i);
    if (special > i) out += html.slice(i, special);
    i = special;
    if (i >= n) break;
    if (html[i] === '&') {
      const decoded = decodeEntity(html, i);
      if (decoded && (decoded.terminated || !options.strictAmpersand)) {
        out += decoded.char;
        i = decoded.end;
        continue;
      }
      if (options.strictAmpersand) {
        throw fail(`Bare "&" must be written as "&amp;" ${at(i)}`);
      }
      out += '&';
      i++;
      continue;
    }
    const begin = i++;
    if (html[i] !== '/') {
      while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
      if (i >= n) throw fail(`Unclosed start tag ${at(begin)}`);
      const name = html.slice(begin + 1, i).toLowerCase();
      if (!TAGS.has(name)) throw fail(`Unsupported start tag "${name}" ${at(begin)}`);
      const tag = readAttributes(html, i, name, () => at(begin), fail);
      i = tag.end;
      if (name === 'span' && tag.argument !== 'spoiler') {
        throw fail(`Tag "span" must have class "tg-spoiler" ${at(begin)}`);
      }
      if (name === 'tg-emoji' && !tag.argument) {
        throw fail(`Tag "tg-emoji" must have attribute "emoji-id" ${at(begin)}`);
      }
      stack.push({ name, argument: tag.argument, offset: out.length });
    } else {
      const open = stack.pop();
      if (!open) throw fail(`Unexpected end tag ${at(begin)}`);
      while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
      const endName = html.slice(begin + 2, i).toLowerCase();
      while (i < n && isSpace(html[i])) i++;
      if (html[i] !== '>') throw fail(`Unclosed end tag ${at(begin)}`);
      if (endName && endName !== open.name) {
        throw fail(
          `Unmatched end tag ${at(begin)}, expected "</${open.name}>", found "</${endName}>"`,
        );
      }
      if (out.length > open.offset) closeEntity(open, out, entities, options.findUser);
    }
    i++; // past '>'
  }
  const unclosed = stack.pop();
  if (unclosed) throw fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  for (const entity of entities) {
    if (entity.type === 'code') delete (entity as { language?: string }).language;
  }
  return { text: out, entities: sortEntities(entities) };
}

interface OpenTag {
  name: string;
  argument: string;
  offset: number;
}

const TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'span',
  'pre',
  'code',
  'blockquote',
]);
const SIMPLE: Record<string, MessageEntity['type']> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  u: 'underline',
  ins: 'underline',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};

const SPECIAL = /[<&]/g;
function nextSpecial(html: string, from: number): number {
  SPECIAL.lastIndex = from;
  return SPECIAL.exec(html)?.index ?? html.length;
}

/** Turns a closed tag into its entity, merging `<pre><code class="language-x">` like Telegram. */
function closeEntity(
  open: OpenTag,
  out: string,
  entities: MessageEntity[],
  findUser?: (id: number) => User | undefined,
): void {
  const offset = open.offset;
  const length = out.length - offset;
  const last = entities[entities.length - 1] as (MessageEntity & { language?: string }) | undefined;
  const sameRange = last !== undefined && last.offset === offset && last.length === length;
  const simple = SIMPLE[open.name];
  if (simple) {
    entities.push({ type: simple, offset, length } as MessageEntity);
  } else if (open.name === 'blockquote') {
    const type = open.argument ? 'expandable_blockquote' : 'blockquote';
    entities.push({ type, offset, length });
  } else if (open.name === 'tg-emoji') {
    entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: open.argument });
  } else if (open.name === 'a') {
    const href = open.argument || out.slice(offset);
    const mention = /^tg:\/\/user\?id=(\d+)$/i.exec(href);
    const user = mention ? findUser?.(Number(mention[1])) : undefined;
    const url = checkUrl(href);
    if (user) entities.push({ type: 'text_mention', offset, length, user });
    else if (url && !mention) entities.push({ type: 'text_link', offset, length, url });
  } else if (open.name === 'pre') {
    if (sameRange && last.type === 'code' && last.language) {
      entities[entities.length - 1] = { type: 'pre', offset, length, language: last.language };
    } else entities.push({ type: 'pre', offset, length });
  } else if (open.name === 'code') {
    if (sameRange && last.type === 'pre' && open.argument) {
      last.language = open.argument;
    } else {
      const code = { type: 'code', offset, length } as MessageEntity & { language?: string };
      if (open.argument) code.language = open.argument;
      entities.push(code);
    }
  }
}
