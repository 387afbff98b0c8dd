import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';

/** Plain text plus the entities that format it: what Telegram stores for a message. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Orders entities the way Telegram returns them: by offset, then outer (longer) first. */
export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * Accepts the link targets Telegram accepts for `text_link`: http(s), tg:, mailto: and ftp URLs,
 * and bare domains (which Telegram prefixes with `http://`). Anything else yields undefined and
 * the link entity is silently dropped, as in Telegram.
 */
export function checkUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?|tg|mailto|ftp):/i.test(trimmed)) return trimmed;
  if (/^[^\s/:]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(trimmed)) return `http://${trimmed}`;
  return undefined;
}

const EDGE_SPACE = /[ \t\r\n\v\f]/;

/**
 * Strips leading and trailing whitespace and clips entities to what is left, as Telegram
 * does before storing a message ("  hi  " arrives as "hi").
 */
export function trimFormatted(formatted: FormattedText): FormattedText {
  const { text } = formatted;
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_SPACE.test(text[start] ?? '')) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1] ?? '')) end--;
  if (start === 0 && end === text.length) return formatted;
  const entities: MessageEntity[] = [];
  for (const entity of formatted.entities) {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (to > from) entities.push({ ...entity, offset: from - start, length: to - from });
  }
  return { text: text.slice(start, end), entities };
}

const ENTITY_TYPES = new Set([
  'mention',
  'hashtag',
  'cashtag',
  'bot_command',
  'url',
  'email',
  'phone_number',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'blockquote',
  'expandable_blockquote',
  'code',
  'pre',
  'text_link',
  'text_mention',
  'custom_emoji',
  'date_time',
]);

/**
 * Validates an explicit `entities` / `caption_entities` parameter (grammY's `fmt` sends these
 * instead of a parse mode). Entities that fall outside the text are rejected like Telegram does.
 */
export function checkEntities(value: unknown, text: string): MessageEntity[] {
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  for (const entity of value as Array<Partial<MessageEntity>>) {
    const { type, offset, length } = entity ?? {};
    if (typeof type !== 'string' || !ENTITY_TYPES.has(type)) {
      throw badRequest(`can't parse MessageEntity: unsupported type "${String(type)}"`);
    }
    if (!Number.isInteger(offset) || !Number.isInteger(length) || (offset as number) < 0) {
      throw badRequest("can't parse MessageEntity: offset and length must be integers");
    }
    if ((offset as number) + (length as number) > text.length || (length as number) <= 0) {
      throw badRequest('entity beyond the end of the text');
    }
  }
  return sortEntities([...(value as MessageEntity[])]);
}
