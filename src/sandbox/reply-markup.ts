import type {
  ForceReply,
  InlineKeyboardMarkup,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from 'grammy/types';
import { badRequest } from './api-error.js';
import type { Params } from './request-params.js';

/** Any `reply_markup` a send method accepts. */
export type AnyReplyMarkup =
  | InlineKeyboardMarkup
  | ReplyKeyboardMarkup
  | ReplyKeyboardRemove
  | ForceReply;

const INLINE_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];
const REPLY_REQUESTS = [
  'request_users',
  'request_chat',
  'request_contact',
  'request_location',
  'request_poll',
  'web_app',
];
const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * Reads and validates `reply_markup` the way Telegram does. The check that matters most in
 * practice is `callback_data`: at most 64 bytes of UTF-8, so 22 Chinese characters (66 bytes)
 * already fail with BUTTON_DATA_INVALID, a limit that is easy to miss when testing in English.
 */
export function readReplyMarkup(params: Params): AnyReplyMarkup | undefined {
  const value = params.json('reply_markup', "can't parse reply keyboard markup JSON object");
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('object expected as reply markup');
  }
  const markup = value as Record<string, unknown>;
  if ('inline_keyboard' in markup) {
    for (const button of buttonsOf(markup.inline_keyboard, 'inline_keyboard')) {
      checkInlineButton(button);
    }
    return markup as unknown as InlineKeyboardMarkup;
  }
  if ('keyboard' in markup) {
    for (const button of buttonsOf(markup.keyboard, 'keyboard')) checkKeyboardButton(button);
    return markup as unknown as ReplyKeyboardMarkup;
  }
  if (markup.remove_keyboard === true) return markup as unknown as ReplyKeyboardRemove;
  if (markup.force_reply === true) return markup as unknown as ForceReply;
  throw badRequest(
    "can't parse reply keyboard markup JSON object: expected inline_keyboard, keyboard, " +
      'remove_keyboard or force_reply',
  );
}

function buttonsOf(rows: unknown, field: string): unknown[] {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest(`field "${field}" of the reply markup must be an Array of Arrays`);
  }
  return (rows as unknown[][]).flat();
}

function checkInlineButton(button: unknown): void {
  if (typeof button !== 'object' || button === null) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  const fields = button as Record<string, unknown>;
  if (typeof fields.text !== 'string') {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  }
  const actions = INLINE_ACTIONS.filter((name) => fields[name] !== undefined);
  if (actions.length === 0) throw badRequest('text buttons are unallowed in the inline keyboard');
  if (actions.length > 1) {
    throw badRequest(
      `can't parse inline keyboard button: use exactly one of ${actions.join(', ')}`,
    );
  }
  if (actions[0] === 'callback_data') {
    const data = fields.callback_data;
    if (typeof data !== 'string') {
      throw badRequest(
        'can\'t parse inline keyboard button: Field "callback_data" must be of type String',
      );
    }
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest('BUTTON_DATA_INVALID');
  }
  if (actions[0] === 'url') {
    const url = fields.url;
    if (typeof url !== 'string' || !/^(https?|tg):\/\/\S+$/i.test(url)) {
      throw badRequest('BUTTON_URL_INVALID');
    }
  }
}

function checkKeyboardButton(button: unknown): void {
  if (typeof button === 'string') return;
  if (typeof button !== 'object' || button === null) {
    throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object");
  }
  const fields = button as Record<string, unknown>;
  if (typeof fields.text !== 'string' || fields.text === '') {
    throw badRequest('can\'t parse keyboard button: Field "text" must be a non-empty String');
  }
  if (REPLY_REQUESTS.filter((name) => fields[name] !== undefined).length > 1) {
    throw badRequest("can't parse keyboard button: use at most one request_* field");
  }
}

/** The `callback_data` values of an inline keyboard, for checking presses. */
export function callbackDataOf(markup: AnyReplyMarkup | undefined): string[] {
  if (!markup || !('inline_keyboard' in markup)) return [];
  return markup.inline_keyboard
    .flat()
    .flatMap((button) => ('callback_data' in button ? [button.callback_data] : []));
}
