import type { Chat, Message, ReplyKeyboardMarkup, User } from 'grammy/types';
import { badRequest } from './api-error.js';
import type { AnyReplyMarkup } from './reply-markup.js';

/** One message as the emulator keeps it: Telegram's object plus the markup as sent. */
export interface StoredMessage {
  message: Message;
  /** The reply_markup the bot sent; unlike `message.reply_markup` this includes reply keyboards. */
  markup?: AnyReplyMarkup;
  fromBot: boolean;
}

/** Everything the emulator knows about one chat. */
export interface ChatState {
  chat: Chat;
  members: Set<number>;
  admins: Set<number>;
  /** Private chats only: the user blocked the bot. */
  blocked: boolean;
  nextMessageId: number;
  /** The newest messages, oldest first; bounded by the store's history limit. */
  history: Map<number, StoredMessage>;
  /** The reply keyboard the bot last showed here, until a ReplyKeyboardRemove. */
  replyKeyboard?: ReplyKeyboardMarkup;
}

/**
 * One chat as plain JSON-safe data, for keeping the sandbox's chats across restarts
 * (`snapshot` / `restore`).
 */
export interface ChatSnapshot {
  chat: Chat;
  members: number[];
  admins: number[];
  blocked: boolean;
  nextMessageId: number;
  history: StoredMessage[];
  replyKeyboard?: ReplyKeyboardMarkup;
}

/** What happened in a chat, for the web chat's live view and `waitForBotMessage`. */
export type SandboxEvent =
  | { type: 'message' | 'edit'; chatId: number; messageId: number; fromBot: boolean }
  | { type: 'delete'; chatId: number; messageId: number }
  | { type: 'chat_action'; chatId: number; action: string }
  | {
      type: 'callback_answer';
      chatId?: number;
      userId: number;
      text?: string;
      showAlert: boolean;
      url?: string;
    };

/**
 * Users, chats and their recent messages. History is bounded per chat so that a benchmark
 * pushing thousands of messages keeps memory flat; a message that has fallen out can no longer
 * be edited or replied to, much like a very old message in Telegram.
 */
export class ChatStore {
  readonly users = new Map<number, User>();
  private readonly chats = new Map<number, ChatState>();
  private readonly listeners = new Set<(event: SandboxEvent) => void>();

  constructor(private readonly historyLimit: number) {}

  addUser(user: User): void {
    this.users.set(user.id, user);
    const chat: Chat = {
      id: user.id,
      type: 'private',
      first_name: user.first_name,
      ...(user.last_name ? { last_name: user.last_name } : {}),
      ...(user.username ? { username: user.username } : {}),
    };
    const existing = this.chats.get(user.id);
    if (existing) existing.chat = chat;
    else this.chats.set(user.id, newChatState(chat, [user.id], []));
  }

  addGroup(group: {
    id: number;
    title: string;
    type?: 'group' | 'supergroup';
    memberIds?: number[];
    adminIds?: number[];
  }): void {
    if (group.id >= 0) throw new Error(`Group ids are negative in Telegram; got ${group.id}.`);
    const chat = { id: group.id, type: group.type ?? 'supergroup', title: group.title } as Chat;
    const existing = this.chats.get(group.id);
    const state = existing ?? newChatState(chat, [], []);
    state.chat = chat;
    for (const id of group.memberIds ?? []) state.members.add(id);
    for (const id of group.adminIds ?? []) {
      state.admins.add(id);
      state.members.add(id);
    }
    this.chats.set(group.id, state);
  }

  get(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  /** The private chat of `userId` plus every group listing them as a member. */
  chatsOf(userId: number): number[] {
    const ids: number[] = [];
    for (const [id, state] of this.chats) {
      if (id === userId || (id < 0 && state.members.has(userId))) ids.push(id);
    }
    return ids;
  }

  /** A chat named by a `chat_id` parameter, or Telegram's "chat not found". */
  resolve(chatId: number | string): ChatState {
    const state =
      typeof chatId === 'number' ? this.chats.get(chatId) : this.byUsername(chatId.slice(1));
    if (!state) throw badRequest('chat not found');
    return state;
  }

  append(state: ChatState, stored: StoredMessage): void {
    state.history.set(stored.message.message_id, stored);
    if (state.history.size > this.historyLimit) {
      const oldest = state.history.keys().next();
      if (!oldest.done) state.history.delete(oldest.value);
    }
    if (stored.fromBot) this.trackKeyboard(state, stored.markup);
    this.emit({
      type: 'message',
      chatId: state.chat.id,
      messageId: stored.message.message_id,
      fromBot: stored.fromBot,
    });
  }

  /** Replaces a message after an edit, keeping its place in the history. */
  replace(state: ChatState, stored: StoredMessage): void {
    state.history.set(stored.message.message_id, stored);
    this.emit({
      type: 'edit',
      chatId: state.chat.id,
      messageId: stored.message.message_id,
      fromBot: stored.fromBot,
    });
  }

  remove(state: ChatState, messageId: number): boolean {
    const removed = state.history.delete(messageId);
    if (removed) this.emit({ type: 'delete', chatId: state.chat.id, messageId });
    return removed;
  }

  /** Every chat with its history, oldest message first. */
  snapshot(): ChatSnapshot[] {
    return [...this.chats.values()].map((state) => ({
      chat: state.chat,
      members: [...state.members],
      admins: [...state.admins],
      blocked: state.blocked,
      nextMessageId: state.nextMessageId,
      history: [...state.history.values()],
      ...(state.replyKeyboard ? { replyKeyboard: state.replyKeyboard } : {}),
    }));
  }

  /**
   * Puts chats back as `snapshot` gave them, replacing chats with the same id; message ids go on
   * from where they were, so a restored message can still be replied to, edited or pressed.
   */
  restore(snapshots: ChatSnapshot[]): void {
    for (const saved of snapshots) {
      const state = newChatState(saved.chat, saved.members, saved.admins);
      state.blocked = saved.blocked;
      state.nextMessageId = saved.nextMessageId;
      for (const stored of saved.history.slice(-this.historyLimit)) {
        state.history.set(stored.message.message_id, stored);
      }
      if (saved.replyKeyboard) state.replyKeyboard = saved.replyKeyboard;
      this.chats.set(saved.chat.id, state);
    }
  }

  subscribe(listener: (event: SandboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: SandboxEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private trackKeyboard(state: ChatState, markup: AnyReplyMarkup | undefined): void {
    if (markup && 'keyboard' in markup) state.replyKeyboard = markup;
    else if (markup && 'remove_keyboard' in markup) state.replyKeyboard = undefined;
  }

  private byUsername(username: string): ChatState | undefined {
    for (const state of this.chats.values()) {
      if (state.chat.username?.toLowerCase() === username.toLowerCase()) return state;
    }
    return undefined;
  }
}

function newChatState(chat: Chat, members: number[], admins: number[]): ChatState {
  return {
    chat,
    members: new Set(members),
    admins: new Set(admins),
    blocked: false,
    nextMessageId: 1,
    history: new Map(),
  };
}
