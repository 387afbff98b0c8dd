/**
 * The Telegram types the rest of the application may hold without importing grammY itself: the
 * composition root (`src/app`) passes these around, and only the Telegram adapter (`src/bot`)
 * knows what is inside them.
 */
import type { Api, Bot } from 'grammy';
import type { BotContext } from './context.js';

export type { UserFromGetMe } from 'grammy/types';
export type TelegramApi = Api;
export type TelegramBot = Bot<BotContext>;
