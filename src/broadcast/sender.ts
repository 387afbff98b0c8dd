/**
 * The one seam between the delivery engine and Telegram. The engine never imports grammY: the
 * bot (or a benchmark, or a test) passes a `Sender`, and the engine only reacts to the kind of
 * result it gets back. Keeping the classification here, not in the engine, lets a test script
 * any failure without an HTTP server.
 *
 * @example
 * const send: Sender = async (chatId, message) => {
 *   await bot.api.sendMessage(chatId, message.text);
 *   return { ok: true };
 * };
 */

/** What one recipient receives. A photo carries `text` as its caption (≤ 1024 characters). */
export interface OutboxMessage {
  text: string;
  photoFileId?: string | null;
  parseMode?: 'HTML';
}

/**
 * How a send ended, as far as delivery cares:
 * - `retry_after`: flood control (429); everything pauses for `seconds`, then slows down.
 * - `inactive`: the person blocked the bot or the chat is gone (403, 400 "chat not found");
 *   recorded as `blocked`, never retried.
 * - `transient`: network trouble or a 5xx; retried with backoff a bounded number of times.
 * - `permanent`: Telegram refused this message (other 400s); recorded as `failed` at once.
 */
export type SendResult =
  | { ok: true; messageId?: number }
  | { ok: false; kind: 'retry_after'; seconds: number }
  | { ok: false; kind: 'inactive' }
  | { ok: false; kind: 'transient'; description?: string }
  | { ok: false; kind: 'permanent'; description: string };

/** Sends one message to one private chat. `paid` asks for `allow_paid_broadcast`. */
export type Sender = (
  chatId: number,
  message: OutboxMessage,
  options: { paid: boolean },
) => Promise<SendResult>;
