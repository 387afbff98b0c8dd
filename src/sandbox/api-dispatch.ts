import { ApiError, tooManyRequests } from './api-error.js';
import { chatMethods } from './methods/chats.js';
import { copyForwardMethods } from './methods/copy-forward.js';
import { editingMethods } from './methods/editing.js';
import { mediaMethods } from './methods/media.js';
import { messageMethods } from './methods/messages.js';
import type { MethodHandler } from './methods/method.js';
import { settingsMethods } from './methods/settings.js';
import { updateMethods } from './methods/updates.js';
import type { Params } from './request-params.js';
import type { SandboxState } from './sandbox-state.js';

/** Method names are case-insensitive in the Bot API; keys here are lower-cased. */
const METHODS = new Map<string, { name: string; handler: MethodHandler }>(
  Object.entries({
    ...updateMethods,
    ...messageMethods,
    ...mediaMethods,
    ...copyForwardMethods,
    ...editingMethods,
    ...settingsMethods,
    ...chatMethods,
  }).map(([name, handler]) => [name.toLowerCase(), { name, handler }]),
);

/** Methods that put a message into a chat: counted as `sent` and subject to flood control. */
const SENDING = new Set([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendLocation',
  'sendVoice',
  'sendVideo',
  'sendAudio',
  'sendAnimation',
  'sendSticker',
  'copyMessage',
  'forwardMessage',
]);
/** Edits count against flood control too, as in Telegram. */
const FLOOD_LIMITED = new Set([
  ...SENDING,
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
]);

/** A Bot API response: HTTP status plus the JSON body. */
export interface ApiResponse {
  status: number;
  body: unknown;
}

/**
 * Runs one Bot API call: flood control, the method, the call log. Never throws; every failure
 * becomes Telegram's `{ ok: false, … }` body, so garbage input cannot take the server down.
 */
export async function dispatch(
  state: SandboxState,
  methodName: string,
  params: Params,
  signal: AbortSignal,
): Promise<ApiResponse> {
  const entry = METHODS.get(methodName.toLowerCase());
  const name = entry?.name ?? methodName;
  const chatId = numericChatId(state, params);
  const log = (ok: boolean, errorCode?: number) =>
    state.log.record(
      {
        method: name,
        ...(chatId !== undefined ? { chatId } : {}),
        ok,
        ...(errorCode !== undefined ? { errorCode } : {}),
        at: state.now(),
      },
      SENDING.has(name),
    );
  if (!entry) {
    log(false, 404);
    return { status: 404, body: new ApiError(404, 'Not Found: method not found').toJSON() };
  }
  try {
    const limiter = FLOOD_LIMITED.has(name) ? state.limiter : undefined;
    const paid = params.boolean('allow_paid_broadcast');
    const retryAfter = limiter?.retryAfter(chatId, paid) ?? 0;
    if (retryAfter > 0) throw tooManyRequests(retryAfter);
    const result = await entry.handler(params, state, signal);
    limiter?.consume(chatId, paid);
    log(true);
    return { status: 200, body: { ok: true, result } };
  } catch (error) {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(500, `Internal Server Error: ${(error as Error)?.message ?? String(error)}`);
    log(false, apiError.errorCode);
    return { status: apiError.errorCode, body: apiError.toJSON() };
  }
}

function numericChatId(state: SandboxState, params: Params): number | undefined {
  const raw = params.fields.chat_id;
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (!raw.startsWith('@')) return undefined;
  try {
    return state.chats.resolve(raw).chat.id;
  } catch {
    return undefined;
  }
}
