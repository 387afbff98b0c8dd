import type { Message, MessageEntity, Update, User } from 'grammy/types';
import { describeMessages, toChatMessage } from './chat-message.js';
import type { ChatState } from './chat-store.js';
import { withoutReply } from './outgoing.js';
import { botAsUser, type SandboxState, unixTime } from './sandbox-state.js';

/** Where a simulated user's message goes: their private chat with the bot by default. */
export interface PlaceOptions {
  /** A group id (negative) to write in that group instead of the private chat. */
  chatId?: number;
  replyToMessageId?: number;
}

/** Extra fields of `sendText`. */
export interface TextOptions extends PlaceOptions {
  /** Makes the message a forward: from a known user, or from one who hides their account. */
  forwardFrom?: Pick<User, 'id' | 'first_name'> & Partial<User>;
  forwardSenderName?: string;
  forwardDate?: number;
}

const COMMAND = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]+)?/;

/**
 * What a person does in the Telegram app, turned into stored messages and queued updates.
 * Misuse (an unknown user, a chat they are not in) throws with the call that fixes it, since
 * these are test-setup mistakes rather than Bot API errors.
 */
export class UserActions {
  constructor(private readonly state: SandboxState) {}

  /** The user and the chat they write in, checked. */
  place(fromId: number, chatId = fromId): { user: User; chat: ChatState } {
    const user = this.state.chats.users.get(fromId);
    if (!user) {
      throw new Error(
        `Unknown user ${fromId}: call emulator.addUser({ id: ${fromId}, first_name: '…' }) first.`,
      );
    }
    const chat = this.state.chats.get(chatId);
    if (!chat) {
      throw new Error(
        `Unknown chat ${chatId}: call emulator.addGroup({ id: ${chatId}, title: '…', memberIds: [${fromId}] }) first.`,
      );
    }
    if (chat.chat.type === 'private' && chatId !== fromId) {
      throw new Error(`User ${fromId} cannot write in user ${chatId}'s private chat with the bot.`);
    }
    if (chat.chat.type !== 'private' && !chat.members.has(fromId)) {
      throw new Error(
        `User ${fromId} is not in group ${chatId}: list them in addGroup({ memberIds }).`,
      );
    }
    return { user, chat };
  }

  /**
   * Stores a user's message and queues it for the bot. In groups, Telegram's privacy mode
   * applies unless the bot reads all messages (getMe `can_read_all_group_messages`) or is an
   * admin: only commands, replies to the bot and @mentions reach it. A message the bot would
   * not see is still stored and shown, and the returned update then has `update_id` 0.
   */
  send(fromId: number, content: Record<string, unknown>, options: PlaceOptions = {}): Update {
    const { user, chat } = this.place(fromId, options.chatId);
    if (chat.blocked) this.setBlocked(fromId, false); // writing again = pressing "Restart"
    let replyTo: Message | undefined;
    if (options.replyToMessageId !== undefined) {
      replyTo = chat.history.get(options.replyToMessageId)?.message;
      if (!replyTo) {
        const recent = describeMessages([...chat.history.values()].slice(-5).map(toChatMessage));
        throw new Error(
          `No message #${options.replyToMessageId} in chat ${chat.chat.id} to reply to. Recent:\n${recent}`,
        );
      }
    }
    const message = {
      message_id: chat.nextMessageId++,
      from: user,
      chat: chat.chat,
      date: unixTime(this.state),
      ...(replyTo ? { reply_to_message: withoutReply(replyTo) } : {}),
      ...content,
    } as Message & Update.NonChannel;
    this.state.chats.append(chat, { message, fromBot: false });
    if (!this.botSees(chat, message)) return { update_id: 0, message };
    return this.state.updates.push({ message });
  }

  sendText(fromId: number, text: string, options: TextOptions = {}): Update {
    const { chat } = this.place(fromId, options.chatId);
    const keyboard = chat.replyKeyboard;
    if (
      keyboard?.one_time_keyboard &&
      keyboard.keyboard.flat().some((b) => (typeof b === 'string' ? b : b.text) === text)
    ) {
      chat.replyKeyboard = undefined;
    }
    const date = options.forwardDate ?? unixTime(this.state) - 60;
    const origin = options.forwardFrom
      ? { type: 'user', date, sender_user: { is_bot: false, ...options.forwardFrom } }
      : options.forwardSenderName
        ? { type: 'hidden_user', date, sender_user_name: options.forwardSenderName }
        : undefined;
    const entities = commandEntities(text);
    return this.send(
      fromId,
      { text, ...(entities ? { entities } : {}), ...(origin ? { forward_origin: origin } : {}) },
      options,
    );
  }

  editText(fromId: number, chatId: number, messageId: number, newText: string): Update {
    const { chat } = this.place(fromId, chatId);
    const stored = chat.history.get(messageId);
    if (
      !stored ||
      stored.fromBot ||
      stored.message.from?.id !== fromId ||
      stored.message.text === undefined
    ) {
      throw new Error(
        `User ${fromId} has no text message #${messageId} in chat ${chatId} to edit.`,
      );
    }
    const { entities: _old, ...rest } = stored.message;
    const entities = commandEntities(newText);
    const message = {
      ...rest,
      text: newText,
      ...(entities ? { entities } : {}),
      edit_date: unixTime(this.state),
    } as Message & Update.Edited & Update.NonChannel;
    this.state.chats.replace(chat, { message, fromBot: false });
    return this.state.updates.push({ edited_message: message });
  }

  /** Blocking (or unblocking) the bot, with the my_chat_member update Telegram sends. */
  setBlocked(userId: number, blocked: boolean): Update {
    const { user, chat } = this.place(userId);
    chat.blocked = blocked;
    const bot = botAsUser(this.state);
    const member = { status: 'member', user: bot } as const;
    const kicked = { status: 'kicked', user: bot, until_date: 0 } as const;
    return this.state.updates.push({
      my_chat_member: {
        chat: chat.chat,
        from: user,
        date: unixTime(this.state),
        old_chat_member: blocked ? member : kicked,
        new_chat_member: blocked ? kicked : member,
      },
    });
  }

  private botSees(chat: ChatState, message: Message): boolean {
    if (chat.chat.type === 'private' || this.state.bot.can_read_all_group_messages) return true;
    if (chat.admins.has(this.state.bot.id)) return true;
    const text = message.text ?? message.caption ?? '';
    const command = COMMAND.exec(text)?.[0];
    const mention = `@${this.state.bot.username}`.toLowerCase();
    if (command && (!command.includes('@') || command.toLowerCase().endsWith(mention))) return true;
    if (message.reply_to_message?.from?.id === this.state.bot.id) return true;
    return text.toLowerCase().includes(mention);
  }
}

/** A `bot_command` entity when the text starts with a command, as Telegram clients add it. */
function commandEntities(text: string): MessageEntity[] | undefined {
  const command = COMMAND.exec(text)?.[0];
  return command ? [{ type: 'bot_command', offset: 0, length: command.length }] : undefined;
}
