import type { Update, User } from 'grammy/types';
import { ApiServer } from './api-server.js';
import type { ChatSnapshot } from './chat-store.js';
import { createSandboxState, type EmulatorOptions } from './sandbox-state.js';
import { SandboxView } from './sandbox-view.js';
import { type TextOptions, UserActions } from './user-actions.js';
import { pressButton, rawCallback } from './user-callbacks.js';
import {
  type ContactOptions,
  type LocationOptions,
  type MediaOptions,
  sendUserContact,
  sendUserLocation,
  sendUserMedia,
} from './user-media.js';

export type { CallRecord, EmulatorStats } from './call-log.js';
export type { CallbackAnswer } from './callback-registry.js';
export type { ChatMessage } from './chat-message.js';
export type { ChatSnapshot, SandboxEvent } from './chat-store.js';
export type { FloodLimits } from './flood-limiter.js';
export type { EmulatorOptions, WebhookState } from './sandbox-state.js';
export type { TextOptions } from './user-actions.js';
export type { ContactOptions, LocationOptions, MediaOptions } from './user-media.js';

/** A simulated Telegram user. */
export type NewUser = Pick<User, 'id' | 'first_name'> &
  Partial<Pick<User, 'last_name' | 'username' | 'language_code'>>;

/** A simulated group. Put the bot's id into `adminIds` to let it read every message. */
export interface NewGroup {
  id: number;
  title: string;
  memberIds?: number[];
  adminIds?: number[];
  type?: 'group' | 'supergroup';
}

/**
 * A local Telegram Bot API. Point grammY at it with `client: { apiRoot: emulator.apiRoot }`,
 * then drive it as the people in the chats would (`sendText`, `pressButton`, …) and assert on
 * what the bot did (`messages`, `waitForBotMessage`, `calls`, `stats`).
 */
export class BotApiEmulator extends SandboxView {
  private readonly server: ApiServer;
  private readonly actions: UserActions;
  private port: number | undefined;

  constructor(private readonly options: EmulatorOptions) {
    super(createSandboxState(options));
    this.server = new ApiServer(this.state, options.token, options.maxBodyBytes ?? 20 * 2 ** 20);
    this.actions = new UserActions(this.state);
  }

  /** `http://127.0.0.1:<port>`, available once `start()` has resolved. */
  get apiRoot(): string {
    if (this.port === undefined) throw new Error('Call emulator.start() before reading apiRoot.');
    return `http://127.0.0.1:${this.port}`;
  }

  get token(): string {
    return this.options.token;
  }

  async start(): Promise<void> {
    this.state.updates.reopen();
    this.port = await this.server.listen(this.options.port ?? 0);
  }

  /** Stops the server; a pending getUpdates long poll is answered at once with no updates. */
  async stop(): Promise<void> {
    this.state.updates.close();
    await this.server.close();
  }

  addUser(user: NewUser): void {
    this.state.chats.addUser({ is_bot: false, ...user });
  }

  addGroup(group: NewGroup): void {
    this.state.chats.addGroup(group);
  }

  /** Puts back chats saved with `chatSnapshot()`, e.g. by the web chat after a restart. */
  restoreChats(snapshots: ChatSnapshot[]): void {
    this.state.chats.restore(snapshots);
  }

  /** Later sends to this user fail with 403 "Forbidden: bot was blocked by the user". */
  blockBot(userId: number): void {
    this.actions.setBlocked(userId, true);
  }

  unblockBot(userId: number): void {
    this.actions.setBlocked(userId, false);
  }

  sendText(fromId: number, text: string, options?: TextOptions): Update {
    return this.actions.sendText(fromId, text, options);
  }

  pressButton(fromId: number, chatId: number, messageId: number, data: string): Update {
    return pressButton(this.state, this.actions, fromId, chatId, messageId, data);
  }

  sendRawCallback(fromId: number, chatId: number, messageId: number, data: string): Update {
    return rawCallback(this.state, this.actions, fromId, chatId, messageId, data);
  }

  sendLocation(
    fromId: number,
    latitude: number,
    longitude: number,
    options?: LocationOptions,
  ): Update {
    return sendUserLocation(this.actions, fromId, latitude, longitude, options);
  }

  sendPhoto(fromId: number, options?: MediaOptions): Update {
    return sendUserMedia(this.state, this.actions, 'photo', fromId, options);
  }

  sendDocument(fromId: number, options?: MediaOptions): Update {
    return sendUserMedia(this.state, this.actions, 'document', fromId, options);
  }

  sendVoice(fromId: number, options?: MediaOptions): Update {
    return sendUserMedia(this.state, this.actions, 'voice', fromId, options);
  }

  sendVideo(fromId: number, options?: MediaOptions): Update {
    return sendUserMedia(this.state, this.actions, 'video', fromId, options);
  }

  sendSticker(fromId: number, options?: MediaOptions): Update {
    return sendUserMedia(this.state, this.actions, 'sticker', fromId, options);
  }

  sendContact(fromId: number, options?: ContactOptions): Update {
    return sendUserContact(this.actions, fromId, options);
  }

  editText(fromId: number, chatId: number, messageId: number, newText: string): Update {
    return this.actions.editText(fromId, chatId, messageId, newText);
  }

  /** Queues any other update (polls, chat_member, …) as given; chat history is untouched. */
  sendUpdate(partial: Omit<Update, 'update_id'>): Update {
    return this.state.updates.push(partial);
  }
}

/**
 * Creates (but does not start) an emulator.
 *
 * @example
 * const emulator = createBotApiEmulator({ token: 'test:token', limits: false });
 * await emulator.start();
 * const bot = new Bot('test:token', { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
 */
export function createBotApiEmulator(options: EmulatorOptions): BotApiEmulator {
  return new BotApiEmulator(options);
}
