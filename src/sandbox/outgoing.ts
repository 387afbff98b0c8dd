import type { Message } from 'grammy/types';
import { badRequest, forbidden } from './api-error.js';
import type { ChatState } from './chat-store.js';
import type { FormattedText } from './message-entities.js';
import type { AnyReplyMarkup } from './reply-markup.js';
import type { Params } from './request-params.js';
import { botAsUser, type SandboxState, unixTime } from './sandbox-state.js';

/** The chat a sending method writes to, refusing as Telegram does (unknown chat, blocked bot). */
export function writableChat(state: SandboxState, params: Params, field = 'chat_id'): ChatState {
  const chat = state.chats.resolve(params.chatId(field));
  if (chat.chat.type === 'private' && chat.blocked) throw forbidden('bot was blocked by the user');
  return chat;
}

/** The message a send replies to, from `reply_parameters` or the older `reply_to_message_id`. */
export function replyTarget(params: Params, chat: ChatState): Message | undefined {
  const reply = params.json('reply_parameters', "can't parse reply parameters JSON object") as
    | { message_id?: number; allow_sending_without_reply?: boolean }
    | undefined;
  const messageId = reply?.message_id ?? params.integer('reply_to_message_id');
  if (messageId === undefined) return undefined;
  const target = chat.history.get(messageId)?.message;
  const lenient =
    reply?.allow_sending_without_reply ?? params.boolean('allow_sending_without_reply');
  if (!target && !lenient) throw badRequest('message to be replied not found');
  return target;
}

/** `{ text, entities }` in Telegram's message shape, leaving out empty entity lists. */
export function textContent(text: FormattedText): Record<string, unknown> {
  return text.entities.length > 0
    ? { text: text.text, entities: text.entities }
    : { text: text.text };
}

/** `{ caption, caption_entities }`, or nothing for a message without a caption. */
export function captionContent(caption: FormattedText | undefined): Record<string, unknown> {
  if (!caption) return {};
  return caption.entities.length > 0
    ? { caption: caption.text, caption_entities: caption.entities }
    : { caption: caption.text };
}

/** Stores a new message from the bot and returns it as the Bot API result. */
export function postBotMessage(
  state: SandboxState,
  chat: ChatState,
  content: Record<string, unknown>,
  markup?: AnyReplyMarkup,
  replyTo?: Message,
): Message {
  const message = {
    message_id: chat.nextMessageId++,
    from: botAsUser(state),
    chat: chat.chat,
    date: unixTime(state),
    ...(replyTo ? { reply_to_message: withoutReply(replyTo) } : {}),
    ...content,
    ...(markup && 'inline_keyboard' in markup ? { reply_markup: markup } : {}),
  } as Message;
  state.chats.append(chat, { message, markup, fromBot: true });
  return message;
}

/** Telegram nests only one level of `reply_to_message`. */
export function withoutReply(message: Message): Message {
  if (!message.reply_to_message) return message;
  const { reply_to_message: _nested, ...rest } = message;
  return rest as Message;
}
