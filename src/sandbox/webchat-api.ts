import type { ChatMessage } from './chat-message.js';
import type { BotApiEmulator } from './emulator.js';
import type { Persona, SandboxGroup } from './personas.js';

/** What the web chat's JSON API works on. */
export interface WebChatContext {
  emulator: BotApiEmulator;
  personas: Persona[];
  groups: SandboxGroup[];
}

/** A request to the JSON API, already read. */
export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Buffer;
}

/** An error the page shows as is; the shape follows `{ error: { code, message } }`. */
export class WebChatError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A chat message for the page: without the raw Telegram object, with the sender's name. */
export type UiMessage = Omit<ChatMessage, 'message'> & { senderName: string };

/**
 * The JSON API behind the page. Every action names the persona acting (`as`) and the chat,
 * and is checked against the chats that persona is in, so the page cannot act for someone
 * in a chat they could not see in Telegram.
 */
export function handleApi(ctx: WebChatContext, request: ApiRequest): unknown {
  const { emulator } = ctx;
  const route = `${request.method} ${request.path}`;
  if (route === 'GET /api/state') {
    const bot = emulator.botInfo;
    return {
      bot: { id: bot.id, first_name: bot.first_name, username: bot.username },
      personas: ctx.personas,
      groups: ctx.groups,
      privacyMode: !bot.can_read_all_group_messages,
    };
  }
  const input =
    request.method === 'POST' && request.path !== '/api/photo' ? json(request.body) : {};
  const as = Number(input.as ?? request.query.get('as'));
  const chatId = Number(input.chat ?? request.query.get('chat'));
  const persona = ctx.personas.find((p) => p.id === as);
  if (!persona) throw new WebChatError(404, 'unknown_persona', `No persona with id ${as}.`);
  if (!emulator.chatsOf(as).includes(chatId)) {
    throw new WebChatError(403, 'not_in_chat', `${persona.first_name} is not in chat ${chatId}.`);
  }
  const place = chatId === as ? {} : { chatId };
  switch (route) {
    case 'GET /api/chat':
      return {
        chat: { id: chatId, title: emulator.chatTitle(chatId), private: chatId > 0 },
        messages: emulator.messages(chatId).map((m) => toUiMessage(ctx, m)),
        keyboard: emulator.replyKeyboard(chatId) ?? null,
        commands: emulator.commandsFor(as, chatId),
      };
    case 'POST /api/send': {
      const text = String(input.text ?? '').trim();
      if (!text) throw new WebChatError(400, 'empty_text', 'Type a message first.');
      return emulator.sendText(as, text, { ...place, ...replyTo(emulator, chatId, input.replyTo) });
    }
    case 'POST /api/press':
      return emulator.pressButton(as, chatId, Number(input.messageId), String(input.data ?? ''));
    case 'POST /api/location': {
      const latitude = Number(input.latitude);
      const longitude = Number(input.longitude);
      if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
        throw new WebChatError(400, 'bad_location', 'Latitude must be within ±90, longitude ±180.');
      }
      return emulator.sendLocation(as, latitude, longitude, place);
    }
    case 'POST /api/contact':
      return emulator.sendContact(as, place);
    case 'POST /api/photo': {
      if (request.body.length === 0) throw new WebChatError(400, 'empty_photo', 'Choose a photo.');
      const caption = request.query.get('caption')?.trim() || undefined;
      return emulator.sendPhoto(as, {
        ...place,
        ...replyTo(emulator, chatId, request.query.get('replyTo')),
        bytes: Uint8Array.from(request.body),
        caption,
      });
    }
    default:
      throw new WebChatError(404, 'not_found', `No route ${route}.`);
  }
}

/**
 * A reply, as when a Telegram user swipes a message: how an officer answers an "ask my officer"
 * question, which the bot matches by the message replied to.
 */
function replyTo(
  emulator: WebChatContext['emulator'],
  chatId: number,
  value: unknown,
): { replyToMessageId?: number } {
  if (value === undefined || value === null || value === '') return {};
  const id = Number(value);
  if (!emulator.messages(chatId).some((m) => m.message_id === id)) {
    throw new WebChatError(
      404,
      'no_message',
      `Message ${value} is no longer in this chat; choose another message to reply to.`,
    );
  }
  return { replyToMessageId: id };
}

function toUiMessage(ctx: WebChatContext, message: ChatMessage): UiMessage {
  const { message: raw, ...rest } = message;
  const persona = ctx.personas.find((p) => p.id === message.userId);
  const senderName =
    message.from === 'bot'
      ? ctx.emulator.botInfo.first_name
      : persona
        ? [persona.first_name, persona.last_name].filter(Boolean).join(' ')
        : (raw.from?.first_name ?? '?');
  return { ...rest, senderName };
}

function json(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new WebChatError(400, 'bad_json', 'The request body must be a JSON object.');
}
