import { badRequest } from '../api-error.js';
import { messageText } from '../formatted-text.js';
import { postBotMessage, replyTarget, textContent, writableChat } from '../outgoing.js';
import { readReplyMarkup } from '../reply-markup.js';
import type { MethodTable } from './method.js';

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

/**
 * sendMessage, sendLocation and sendChatAction. Checks run in Telegram's order (chat, then
 * text, then markup), so a test sees the same first error the real server would report.
 */
export const messageMethods: MethodTable = {
  sendMessage: (params, state) => {
    const chat = writableChat(state, params);
    const text = messageText(params, state.textRules);
    const markup = readReplyMarkup(params);
    const replyTo = replyTarget(params, chat);
    // Telegram returns the options on the Message when they were changed; tests check previews.
    const preview = params.json('link_preview_options', "can't parse link preview options");
    const content = {
      ...textContent(text),
      ...(preview && typeof preview === 'object' ? { link_preview_options: preview } : {}),
    };
    return postBotMessage(state, chat, content, markup, replyTo);
  },

  sendLocation: (params, state) => {
    const chat = writableChat(state, params);
    const latitude = params.number('latitude');
    const longitude = params.number('longitude');
    if (latitude === undefined || longitude === undefined) {
      throw badRequest('latitude and longitude are required');
    }
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw badRequest('wrong latitude or longitude specified');
    }
    const livePeriod = params.integer('live_period');
    const location = { latitude, longitude, ...(livePeriod ? { live_period: livePeriod } : {}) };
    const markup = readReplyMarkup(params);
    return postBotMessage(state, chat, { location }, markup, replyTarget(params, chat));
  },

  sendChatAction: (params, state) => {
    const chat = writableChat(state, params);
    const action = params.string('action') ?? '';
    if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
    state.chats.emit({ type: 'chat_action', chatId: chat.chat.id, action });
    return true;
  },
};
