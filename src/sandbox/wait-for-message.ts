import { type ChatMessage, describeMessages, toChatMessage } from './chat-message.js';
import type { SandboxState } from './sandbox-state.js';

/**
 * Resolves with the first bot message (new or edited) in `chatId` after the call that matches
 * `predicate`. On timeout the error lists the chat's recent messages, which is usually enough
 * to see what the bot said instead.
 */
export function waitForBotMessage(
  state: SandboxState,
  chatId: number,
  predicate: (message: ChatMessage) => boolean = () => true,
  timeoutMs = 3_000,
): Promise<ChatMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      const history = [...(state.chats.get(chatId)?.history.values() ?? [])].slice(-8);
      reject(
        new Error(
          `No matching bot message in chat ${chatId} within ${timeoutMs} ms. Recent messages:\n` +
            describeMessages(history.map(toChatMessage)),
        ),
      );
    }, timeoutMs);
    const unsubscribe = state.chats.subscribe((event) => {
      if (event.type !== 'message' && event.type !== 'edit') return;
      if (event.chatId !== chatId || !event.fromBot) return;
      const stored = state.chats.get(chatId)?.history.get(event.messageId);
      if (!stored) return;
      const message = toChatMessage(stored);
      let matches = false;
      try {
        matches = predicate(message);
      } catch (error) {
        clearTimeout(timer);
        unsubscribe();
        reject(error);
        return;
      }
      if (!matches) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(message);
    });
  });
}
