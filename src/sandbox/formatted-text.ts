import type { User } from 'grammy/types';
import { badRequest } from './api-error.js';
import { parseHtml } from './html-parser.js';
import { parseLegacyMarkdown } from './markdown-legacy-parser.js';
import { parseMarkdownV2 } from './markdown-v2-parser.js';
import { checkEntities, type FormattedText, trimFormatted } from './message-entities.js';
import type { Params } from './request-params.js';

/** What text parsing needs to know beyond the text itself. */
export interface TextRules {
  /** Reject a bare `&` in HTML (see `parseHtml`). */
  strictAmpersand: boolean;
  /** Resolves `tg://user?id=…` links to `text_mention` entities. */
  findUser(id: number): User | undefined;
}

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

/**
 * Applies `parse_mode` (or explicit entities) and Telegram's trimming. Lengths are then
 * counted on the visible text in UTF-16 code units, which is what Telegram's limits mean:
 * `<b>…4096 characters…</b>` fits although the raw string is longer.
 */
export function parseFormatted(
  raw: string,
  parseMode: string | undefined,
  explicitEntities: unknown,
  rules: TextRules,
): FormattedText {
  let formatted: FormattedText;
  switch ((parseMode ?? '').toLowerCase()) {
    case '':
      formatted = {
        text: raw,
        entities: explicitEntities === undefined ? [] : checkEntities(explicitEntities, raw),
      };
      break;
    case 'html':
      formatted = parseHtml(raw, rules);
      break;
    case 'markdownv2':
      formatted = parseMarkdownV2(raw);
      break;
    case 'markdown':
      formatted = parseLegacyMarkdown(raw);
      break;
    default:
      throw badRequest(`unsupported parse_mode "${parseMode}"`);
  }
  return trimFormatted(formatted);
}

/** The `text` of sendMessage / editMessageText, checked for emptiness and length. */
export function messageText(params: Params, rules: TextRules): FormattedText {
  const raw = params.string('text') ?? '';
  const entities = params.json('entities', "can't parse entities JSON object");
  const formatted = parseFormatted(raw, params.string('parse_mode'), entities, rules);
  if (formatted.text.length === 0) throw badRequest('message text is empty');
  if (formatted.text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  return formatted;
}

/** The optional `caption` of media messages; undefined when absent or blank. */
export function captionText(params: Params, rules: TextRules): FormattedText | undefined {
  const raw = params.string('caption');
  if (raw === undefined) return undefined;
  const entities = params.json('caption_entities', "can't parse entities JSON object");
  const formatted = parseFormatted(raw, params.string('parse_mode'), entities, rules);
  if (formatted.text.length > MAX_CAPTION_LENGTH) {
    throw badRequest('message caption is too long');
  }
  return formatted.text.length > 0 ? formatted : undefined;
}
