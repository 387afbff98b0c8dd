/**
 * A `Sender` over plain HTTP to a Bot API root: the real `https://api.telegram.org`, a local
 * Bot API server, or the sandbox emulator. Plain HTTP rather than grammY keeps the engine free
 * of the bot framework and lets it drive 1000 sends a second without per-call middleware. It
 * uses undici's `request`, not `fetch`, through one bounded keep-alive pool (`send-pool.ts`;
 * TELEGRAM_PROXY's agent when set), without web streams, which cost about twice the processor
 * time per message and made the engine's event loop run late at 1000/s. The one job here is to
 * classify Telegram's answer.
 *
 * @example
 * const send = createTelegramSender('https://api.telegram.org', process.env.BOT_TOKEN);
 * await send(100001, { text: '<b>紧急提醒</b>', parseMode: 'HTML' }, { paid: false });
 */
import type { Dispatcher } from 'undici';
import { sendPool, type Undici } from './send-pool.js';
import type { OutboxMessage, Sender, SendResult } from './sender.js';

// undici is loaded with the first send, not at start-up: it is a large module, and a start with
// nothing in the outbox never needs it.
let undici: Promise<Pick<typeof import('undici'), 'request' | keyof Undici>> | undefined;
function loadUndici() {
  undici ??= import('undici');
  return undici;
}

/** 400s that mean the person is unreachable for good, like a 403. */
const GONE =
  /chat not found|user not found|PEER_ID_INVALID|user is deactivated|bot was blocked|bot was kicked|CHAT_WRITE_FORBIDDEN|have no rights to send/i;

interface ApiAnswer {
  ok?: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export interface TelegramSenderOptions {
  /** Give up on one call after this long and treat it as a network error (default 30 s). */
  timeoutMs?: number;
  /** Sockets to the Bot API at most (`send-pool.ts`; default 512). */
  connections?: number;
}

export function createTelegramSender(
  apiRoot: string,
  token: string,
  options: TelegramSenderOptions = {},
): Sender {
  const base = `${apiRoot.replace(/\/+$/, '')}/bot${token}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let pool: Dispatcher | undefined;
  return async (chatId, message, { paid }) => {
    const [method, body] = request(chatId, message, paid);
    let status: number;
    let answer: ApiAnswer;
    try {
      const loaded = await loadUndici();
      pool ??= sendPool(loaded, options.connections);
      const response = await loaded.request(`${base}/${method}`, {
        dispatcher: pool,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = response.statusCode;
      answer = (await response.body.json().catch(() => ({}))) as ApiAnswer;
    } catch (error) {
      return { ok: false, kind: 'transient', description: describe(error) };
    }
    return classify(status, answer);
  };
}

function request(
  chatId: number,
  message: OutboxMessage,
  paid: boolean,
): [string, Record<string, unknown>] {
  const common = {
    chat_id: chatId,
    ...(message.parseMode ? { parse_mode: message.parseMode } : {}),
    ...(paid ? { allow_paid_broadcast: true } : {}),
  };
  if (message.photoFileId)
    return ['sendPhoto', { ...common, photo: message.photoFileId, caption: message.text }];
  return ['sendMessage', { ...common, text: message.text }];
}

/** Maps Telegram's answer onto what the engine does next. */
export function classify(status: number, answer: ApiAnswer): SendResult {
  if (status === 200 && answer.ok) {
    const id = answer.result?.message_id;
    return typeof id === 'number' ? { ok: true, messageId: id } : { ok: true };
  }
  const code = answer.error_code ?? status;
  const description = answer.description ?? `HTTP ${status}`;
  if (code === 429)
    return { ok: false, kind: 'retry_after', seconds: answer.parameters?.retry_after ?? 1 };
  if (code === 403) return { ok: false, kind: 'inactive' };
  if (code === 400 && GONE.test(description)) return { ok: false, kind: 'inactive' };
  if (code >= 500 || status >= 500) return { ok: false, kind: 'transient', description };
  return { ok: false, kind: 'permanent', description };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return cause ? `${error.name}: ${error.message} (${cause})` : `${error.name}: ${error.message}`;
  }
  return String(error);
}
