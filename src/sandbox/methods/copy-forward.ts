import type { Message } from 'grammy/types';
import { badRequest } from '../api-error.js';
import { captionText } from '../formatted-text.js';
import { captionContent, postBotMessage, replyTarget, writableChat } from '../outgoing.js';
import { readReplyMarkup } from '../reply-markup.js';
import type { Params } from '../request-params.js';
import { botAsUser, type SandboxState } from '../sandbox-state.js';
import type { MethodTable } from './method.js';

const CONTENT_FIELDS = [
  'text',
  'entities',
  'photo',
  'document',
  'voice',
  'video',
  'audio',
  'animation',
  'sticker',
  'location',
  'contact',
  'venue',
  'caption',
  'caption_entities',
] as const;

/**
 * forwardMessage and copyMessage: a forward keeps its origin (`forward_origin`), a copy looks
 * like a fresh message from the bot and may replace the caption. Both read from the emulator's
 * bounded history, so only recent messages can be forwarded.
 */
export const copyForwardMethods: MethodTable = {
  forwardMessage: (params, state) => {
    const chat = writableChat(state, params);
    const source = sourceMessage(state, params, 'message to forward not found');
    const origin = source.forward_origin ?? {
      type: 'user',
      sender_user: source.from ?? botAsUser(state),
      date: source.date,
    };
    return postBotMessage(state, chat, { ...contentOf(source), forward_origin: origin });
  },

  copyMessage: (params, state) => {
    const chat = writableChat(state, params);
    const source = sourceMessage(state, params, 'message to copy not found');
    const content = contentOf(source);
    if (params.has('caption') && !('text' in content)) {
      delete content.caption;
      delete content.caption_entities;
      Object.assign(content, captionContent(captionText(params, state.textRules)));
    }
    const markup = readReplyMarkup(params);
    const message = postBotMessage(state, chat, content, markup, replyTarget(params, chat));
    return { message_id: message.message_id };
  },
};

function sourceMessage(state: SandboxState, params: Params, notFound: string): Message {
  const from = state.chats.resolve(params.chatId('from_chat_id'));
  const messageId = params.integer('message_id');
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  const stored = from.history.get(messageId);
  if (!stored) throw badRequest(notFound);
  return stored.message;
}

function contentOf(message: Message): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    if (message[field] !== undefined) content[field] = message[field];
  }
  return content;
}
