/**
 * Updates as Telegram may really send them, not as the types promise: a `from` without
 * `first_name`, a non-string `text`, a callback without a message, an update with no chat, a
 * type the bot never asked for. Such an update is either ignored here or given the defaults the
 * handlers expect, so it never turns into an error-level log line and an apology.
 */
import type { NextFunction } from 'grammy';
import { ALLOWED_UPDATES } from '../allowed-updates.js';
import type { BotContext } from '../context.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

function fixUser(user: unknown): boolean {
  if (!isObject(user) || !isId(user.id)) return false;
  if (typeof user.first_name !== 'string') user.first_name = '';
  if (typeof user.is_bot !== 'boolean') user.is_bot = false;
  if (user.language_code !== undefined && typeof user.language_code !== 'string')
    delete user.language_code;
  return true;
}

function fixMessage(message: unknown): boolean {
  if (!isObject(message) || !isObject(message.chat) || !isId(message.chat.id)) return false;
  if (typeof message.chat.type !== 'string') return false;
  if (!isId(message.message_id)) message.message_id = 0;
  if (typeof message.date !== 'number') message.date = 0;
  if (message.from !== undefined && !fixUser(message.from)) delete message.from;
  for (const field of ['text', 'caption'] as const) {
    if (message[field] !== undefined && typeof message[field] !== 'string') {
      delete message[field];
      delete message[field === 'text' ? 'entities' : 'caption_entities'];
    }
  }
  for (const field of ['entities', 'caption_entities', 'photo', 'new_chat_members'] as const)
    if (message[field] !== undefined && !Array.isArray(message[field])) delete message[field];
  for (const [field, owner] of [
    ['entities', 'text'],
    ['caption_entities', 'caption'],
  ] as const) {
    const list = message[field] as unknown[] | undefined;
    if (!list) continue;
    if (typeof message[owner] !== 'string') delete message[field];
    else
      message[field] = list.filter(
        (e) => isObject(e) && typeof e.type === 'string' && isId(e.offset) && isId(e.length),
      );
  }
  return true;
}

/** False when the update should be dropped; fills defaults in place otherwise. */
export function sanitiseUpdate(update: Loose): boolean {
  const kind = ALLOWED_UPDATES.find((k) => update[k] !== undefined);
  if (!kind) return false;
  const body = update[kind];
  if (kind === 'message' || kind === 'edited_message') return fixMessage(body);
  if (kind === 'callback_query') {
    if (!isObject(body) || typeof body.id !== 'string' || !fixUser(body.from)) return false;
    if (body.data !== undefined && typeof body.data !== 'string') delete body.data;
    // The bot sends no inline-mode messages: a press without its message belongs to no chat.
    return fixMessage(body.message);
  }
  // my_chat_member
  return (
    isObject(body) &&
    isObject(body.chat) &&
    isId(body.chat.id) &&
    fixUser(body.from) &&
    isObject(body.new_chat_member) &&
    isObject(body.old_chat_member)
  );
}

export async function sanitise(ctx: BotContext, next: NextFunction): Promise<void> {
  if (!sanitiseUpdate(ctx.update as unknown as Loose)) {
    ctx.app?.logger.debug('odd update ignored', { update_id: ctx.update.update_id });
    return;
  }
  await next();
}
