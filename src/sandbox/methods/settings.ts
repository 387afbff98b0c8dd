import type { BotCommand, BotCommandScope } from 'grammy/types';
import { badRequest } from '../api-error.js';
import { checkLanguageCode } from '../command-registry.js';
import type { Params } from '../request-params.js';
import type { SandboxState } from '../sandbox-state.js';
import type { MethodTable } from './method.js';

const SCOPE_TYPES = new Set([
  'default',
  'all_private_chats',
  'all_group_chats',
  'all_chat_administrators',
  'chat',
  'chat_administrators',
  'chat_member',
]);

/** answerCallbackQuery, the command menus and the chat menu button. */
export const settingsMethods: MethodTable = {
  answerCallbackQuery: (params, state) => {
    const text = params.string('text');
    if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
    const answer = state.callbacks.answer(params.string('callback_query_id') ?? '', {
      ...(text ? { text } : {}),
      show_alert: params.boolean('show_alert'),
      ...(params.has('url') ? { url: params.string('url') } : {}),
    });
    state.chats.emit({
      type: 'callback_answer',
      chatId: answer.chatId,
      userId: answer.userId,
      text: answer.text,
      showAlert: answer.show_alert,
      url: answer.url,
    });
    return true;
  },

  setMyCommands: (params, state) => {
    const commands = params.json('commands', "can't parse commands JSON object");
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    state.commands.set(scopeOf(params, state), language(params), commands as BotCommand[]);
    return true;
  },

  getMyCommands: (params, state) => state.commands.get(scopeOf(params, state), language(params)),

  deleteMyCommands: (params, state) => {
    state.commands.delete(scopeOf(params, state), language(params));
    return true;
  },

  setChatMenuButton: (params, state) => {
    const button = params.json('menu_button', "can't parse menu button JSON object") ?? {
      type: 'default',
    };
    const chatId = params.has('chat_id') ? state.chats.resolve(params.chatId()).chat.id : 'default';
    state.menuButtons.set(chatId, button);
    return true;
  },

  getChatMenuButton: (params, state) => {
    const chatId = params.has('chat_id') ? state.chats.resolve(params.chatId()).chat.id : 'default';
    return (
      state.menuButtons.get(chatId) ?? state.menuButtons.get('default') ?? { type: 'commands' }
    );
  },
};

function language(params: Params): string {
  return checkLanguageCode(params.string('language_code') ?? '');
}

/** The `scope` parameter with chat ids resolved to numbers, so lookups match however named. */
function scopeOf(params: Params, state: SandboxState): BotCommandScope {
  const raw = params.json('scope', "can't parse BotCommandScope JSON object") ?? {
    type: 'default',
  };
  const scope = raw as { type?: unknown; chat_id?: number | string; user_id?: unknown };
  if (typeof scope.type !== 'string' || !SCOPE_TYPES.has(scope.type)) {
    throw badRequest('wrong bot command scope type specified');
  }
  if (!scope.type.startsWith('chat')) return { type: scope.type } as BotCommandScope;
  if (scope.chat_id === undefined) throw badRequest('chat_id is empty');
  const chatId = state.chats.resolve(scope.chat_id).chat.id;
  if (scope.type !== 'chat_member') return { type: scope.type, chat_id: chatId } as BotCommandScope;
  if (typeof scope.user_id !== 'number') throw badRequest('user_id is empty');
  return { type: 'chat_member', chat_id: chatId, user_id: scope.user_id };
}
