import type { CallbackQuery, Update } from 'grammy/types';
import { describeMessages, toChatMessage } from './chat-message.js';
import { callbackDataOf } from './reply-markup.js';
import type { SandboxState } from './sandbox-state.js';
import type { UserActions } from './user-actions.js';

/**
 * A user tapping an inline button. Like a real client, it only works for a button that is on
 * that bot message right now (after edits), so a test cannot press a button the bot removed.
 */
export function pressButton(
  state: SandboxState,
  actions: UserActions,
  fromId: number,
  chatId: number,
  messageId: number,
  data: string,
): Update {
  const { chat } = actions.place(fromId, chatId);
  const stored = chat.history.get(messageId);
  if (!stored?.fromBot) {
    const recent = describeMessages([...chat.history.values()].slice(-5).map(toChatMessage));
    throw new Error(
      `No bot message #${messageId} in chat ${chatId} to press a button on. Recent:\n${recent}`,
    );
  }
  const available = callbackDataOf(stored.markup);
  if (!available.includes(data)) {
    const list = available.length > 0 ? available.map((d) => JSON.stringify(d)).join(', ') : 'none';
    throw new Error(
      `Message #${messageId} in chat ${chatId} has no button with callback_data ${JSON.stringify(data)}; it has: ${list}.`,
    );
  }
  return rawCallback(state, actions, fromId, chatId, messageId, data);
}

/**
 * A callback query as a modified client could send it: any data, for any message id, even
 * one that never had that button. For testing that the bot validates callback data.
 */
export function rawCallback(
  state: SandboxState,
  actions: UserActions,
  fromId: number,
  chatId: number,
  messageId: number,
  data: string,
): Update {
  const { user, chat } = actions.place(fromId, chatId);
  const message = chat.history.get(messageId)?.message ?? {
    chat: chat.chat,
    message_id: messageId,
    date: 0 as const,
  };
  const id = state.callbacks.issue({ userId: fromId, chatId, messageId, data });
  const query: CallbackQuery = {
    id,
    from: user,
    message,
    chat_instance: String(-chatId * 7 + 1_000_003),
    data,
  };
  return state.updates.push({ callback_query: query });
}
