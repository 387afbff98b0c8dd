import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import { badRequest } from '../api-error.js';
import type { ChatState, StoredMessage } from '../chat-store.js';
import { captionText, messageText } from '../formatted-text.js';
import { captionContent, textContent, writableChat } from '../outgoing.js';
import { readReplyMarkup } from '../reply-markup.js';
import type { Params } from '../request-params.js';
import { type SandboxState, unixTime } from '../sandbox-state.js';
import type { MethodTable } from './method.js';

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

/**
 * editMessageText, editMessageCaption, editMessageReplyMarkup and deleteMessage(s). As in
 * Telegram, an edit without `reply_markup` removes the inline keyboard, and an edit that
 * changes nothing fails with "message is not modified", a common source of noisy logs when a
 * button is pressed twice.
 */
export const editingMethods: MethodTable = {
  editMessageText: (params, state) => {
    const { chat, stored } = editTarget(state, params);
    if (stored.message.text === undefined)
      throw badRequest('there is no text in the message to edit');
    const text = textContent(messageText(params, state.textRules));
    return applyEdit(state, chat, stored, ['text', 'entities'], text, inlineMarkup(params));
  },

  editMessageCaption: (params, state) => {
    const { chat, stored } = editTarget(state, params);
    if (stored.message.text !== undefined || stored.message.sticker || stored.message.location) {
      throw badRequest('there is no caption in the message to edit');
    }
    const caption = captionContent(captionText(params, state.textRules));
    const fields = ['caption', 'caption_entities'] as const;
    return applyEdit(state, chat, stored, fields, caption, inlineMarkup(params));
  },

  editMessageReplyMarkup: (params, state) => {
    const { chat, stored } = editTarget(state, params);
    return applyEdit(state, chat, stored, [], {}, inlineMarkup(params));
  },

  deleteMessage: (params, state) => {
    const chat = state.chats.resolve(params.chatId());
    const messageId = params.integer('message_id');
    if (messageId === undefined || !state.chats.remove(chat, messageId)) {
      throw badRequest('message to delete not found');
    }
    return true;
  },

  deleteMessages: (params, state) => {
    const chat = state.chats.resolve(params.chatId());
    const ids = params.json('message_ids', "can't parse message_ids JSON array");
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) {
      throw badRequest('message_ids must be a list of 1-100 message identifiers');
    }
    for (const id of ids) state.chats.remove(chat, Number(id));
    return true;
  },
};

function editTarget(
  state: SandboxState,
  params: Params,
): { chat: ChatState; stored: StoredMessage } {
  if (params.has('inline_message_id')) throw badRequest('message to edit not found');
  const chat = writableChat(state, params);
  const messageId = params.integer('message_id');
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  const stored = chat.history.get(messageId);
  if (!stored) throw badRequest('message to edit not found');
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return { chat, stored };
}

function inlineMarkup(params: Params): InlineKeyboardMarkup | undefined {
  const markup = readReplyMarkup(params);
  if (markup && !('inline_keyboard' in markup)) {
    throw badRequest('only inline keyboards can be used when editing a message');
  }
  return markup;
}

function applyEdit(
  state: SandboxState,
  chat: ChatState,
  stored: StoredMessage,
  fields: readonly string[],
  content: Record<string, unknown>,
  markup: InlineKeyboardMarkup | undefined,
): Message {
  const old = stored.message as unknown as Record<string, unknown>;
  const same =
    fields.every((field) => JSON.stringify(old[field]) === JSON.stringify(content[field])) &&
    JSON.stringify(old.reply_markup) === JSON.stringify(markup);
  if (same) throw badRequest(NOT_MODIFIED);
  const next: Record<string, unknown> = { ...old, edit_date: unixTime(state) };
  for (const field of [...fields, 'reply_markup']) delete next[field];
  Object.assign(next, content, markup ? { reply_markup: markup } : {});
  const message = next as unknown as Message;
  state.chats.replace(chat, { message, markup, fromBot: true });
  return message;
}
