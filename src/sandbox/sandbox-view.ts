import type {
  BotCommand,
  BotCommandScope,
  ReplyKeyboardMarkup,
  User,
  UserFromGetMe,
} from 'grammy/types';
import type { CallRecord, EmulatorStats } from './call-log.js';
import type { CallbackAnswer } from './callback-registry.js';
import { type ChatMessage, toChatMessage } from './chat-message.js';
import type { ChatSnapshot, SandboxEvent } from './chat-store.js';
import type { StoredFile } from './file-store.js';
import type { SandboxState, WebhookState } from './sandbox-state.js';
import { waitForBotMessage } from './wait-for-message.js';

/**
 * The read side of the emulator: what the bot did and what the chats look like now. Tests
 * assert through it, and the web chat renders from it; `BotApiEmulator` adds the server and
 * the people on top.
 */
export class SandboxView {
  constructor(protected readonly state: SandboxState) {}

  get botInfo(): UserFromGetMe {
    return this.state.bot;
  }

  /** Both directions, oldest first, as they look now (edits applied, deletions removed). */
  messages(chatId: number): ChatMessage[] {
    return [...(this.state.chats.get(chatId)?.history.values() ?? [])].map(toChatMessage);
  }

  lastBotMessage(chatId: number): ChatMessage | undefined {
    const history = [...(this.state.chats.get(chatId)?.history.values() ?? [])];
    const last = history.reverse().find((stored) => stored.fromBot);
    return last && toChatMessage(last);
  }

  waitForBotMessage(
    chatId: number,
    predicate?: (message: ChatMessage) => boolean,
    timeoutMs?: number,
  ): Promise<ChatMessage> {
    return waitForBotMessage(this.state, chatId, predicate, timeoutMs);
  }

  /** The latest Bot API calls (bounded; see `stats()` for exact totals). */
  get calls(): ReadonlyArray<CallRecord> {
    return this.state.log.entries;
  }

  stats(): EmulatorStats {
    return this.state.log.stats();
  }

  callbackAnswers(filter?: { chatId?: number; userId?: number }): CallbackAnswer[] {
    return this.state.callbacks.list(filter);
  }

  /** Exactly what setMyCommands stored for this scope and language (no fallback). */
  commands(scope: BotCommandScope = { type: 'default' }, languageCode = ''): BotCommand[] {
    return this.state.commands.get(scope, languageCode);
  }

  /** The menu `userId` sees in `chatId`, resolved through scopes and language like Telegram. */
  commandsFor(userId: number, chatId = userId): BotCommand[] {
    const chat = this.state.chats.get(chatId);
    const language = this.state.chats.users.get(userId)?.language_code;
    return chat ? this.state.commands.resolve(userId, chat, language) : [];
  }

  /** The reply keyboard currently shown in a chat, if any. */
  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    return this.state.chats.get(chatId)?.replyKeyboard;
  }

  webhook(): WebhookState | undefined {
    return this.state.webhook;
  }

  file(fileId: string): StoredFile | undefined {
    return this.state.files.get(fileId);
  }

  user(userId: number): User | undefined {
    return this.state.chats.users.get(userId);
  }

  /** Chat ids the user can write in: their private chat plus their groups. */
  chatsOf(userId: number): number[] {
    return this.state.chats.chatsOf(userId);
  }

  chatTitle(chatId: number): string | undefined {
    const chat = this.state.chats.get(chatId)?.chat;
    return chat?.title ?? chat?.first_name;
  }

  /** Every chat with its recent history, as JSON-safe data (see `restoreChats`). */
  chatSnapshot(): ChatSnapshot[] {
    return this.state.chats.snapshot();
  }

  /** Live events (messages, edits, deletions, chat actions, callback answers). */
  subscribe(listener: (event: SandboxEvent) => void): () => void {
    return this.state.chats.subscribe(listener);
  }

  get pendingUpdates(): number {
    return this.state.updates.pendingCount;
  }

  /**
   * Whether a getUpdates long poll is being held open, waiting for an update: the signal a test
   * waits for before it acts on a poll in progress, instead of sleeping and hoping it arrived.
   */
  get longPollWaiting(): boolean {
    return this.state.updates.polling;
  }
}
