import type { BotCommand, BotCommandScope } from 'grammy/types';
import { badRequest } from './api-error.js';
import type { ChatState } from './chat-store.js';

/**
 * What setMyCommands registered, per scope and language, and which list a given person sees.
 * `resolve` follows Telegram's documented order ("Determining list of commands"), so a test can
 * check that an officer in the station group sees the officer commands while a villager does not.
 */
export class CommandRegistry {
  private readonly lists = new Map<string, BotCommand[]>();

  set(scope: BotCommandScope, languageCode: string, commands: BotCommand[]): void {
    if (commands.length > 100) throw badRequest('too many commands: at most 100 are allowed');
    for (const { command, description } of commands) {
      if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command)) {
        throw badRequest('BOT_COMMAND_INVALID');
      }
      if (typeof description !== 'string' || description.length < 1 || description.length > 256) {
        throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
    }
    const key = scopeKey(scope, languageCode);
    if (commands.length === 0) this.lists.delete(key);
    else
      this.lists.set(
        key,
        commands.map(({ command, description }) => ({ command, description })),
      );
  }

  get(scope: BotCommandScope, languageCode = ''): BotCommand[] {
    return this.lists.get(scopeKey(scope, languageCode)) ?? [];
  }

  delete(scope: BotCommandScope, languageCode = ''): void {
    this.lists.delete(scopeKey(scope, languageCode));
  }

  /** The commands `userId` sees in `chat`, given their app language. */
  resolve(userId: number, chat: ChatState, languageCode = ''): BotCommand[] {
    const chatId = chat.chat.id;
    const admin = chat.admins.has(userId);
    const scopes: BotCommandScope[] =
      chat.chat.type === 'private'
        ? [{ type: 'chat', chat_id: chatId }, { type: 'all_private_chats' }, { type: 'default' }]
        : [
            { type: 'chat_member', chat_id: chatId, user_id: userId },
            ...(admin ? [{ type: 'chat_administrators', chat_id: chatId } as const] : []),
            { type: 'chat', chat_id: chatId },
            ...(admin ? [{ type: 'all_chat_administrators' } as const] : []),
            { type: 'all_group_chats' },
            { type: 'default' },
          ];
    const language = languageCode.slice(0, 2).toLowerCase();
    for (const scope of scopes) {
      const list =
        (language && this.lists.get(scopeKey(scope, language))) ||
        this.lists.get(scopeKey(scope, ''));
      if (list) return list;
    }
    return [];
  }
}

/** Checks `language_code` like Telegram: empty, or a two-letter ISO 639-1 code. */
export function checkLanguageCode(code: string): string {
  if (code !== '' && !/^[a-z]{2}$/.test(code)) {
    throw badRequest(`invalid language code "${code}": use a two-letter ISO 639-1 code`);
  }
  return code;
}

function scopeKey(scope: BotCommandScope, languageCode: string): string {
  const parts: Array<string | number> = [scope.type];
  if ('chat_id' in scope) parts.push(scope.chat_id);
  if ('user_id' in scope) parts.push(scope.user_id);
  return `${parts.join(':')}|${languageCode}`;
}
