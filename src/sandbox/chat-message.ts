import type { Message, MessageEntity } from 'grammy/types';
import type { StoredMessage } from './chat-store.js';
import type { AnyReplyMarkup } from './reply-markup.js';

/**
 * One message in a chat as a test or the web chat sees it: who sent it, its current text or
 * caption with entities (after edits), the markup as sent (including reply keyboards, which
 * Telegram's Message objects leave out), and the media in a flat, easy-to-assert form.
 */
export interface ChatMessage {
  chatId: number;
  message_id: number;
  from: 'bot' | 'user';
  /** The sending user's id when `from` is 'user'. */
  userId?: number;
  date: number;
  edit_date?: number;
  /** Plain text after parse_mode was applied. */
  text?: string;
  caption?: string;
  /** Entities of `text`, or of `caption` for media. */
  entities: MessageEntity[];
  reply_markup?: AnyReplyMarkup;
  reply_to_message_id?: number;
  forwarded: boolean;
  photo?: { file_id: string; width: number; height: number };
  document?: { file_id: string; file_name?: string; mime_type?: string };
  location?: { latitude: number; longitude: number };
  contact?: { phone_number: string; first_name: string; user_id?: number };
  media?: { kind: 'voice' | 'video' | 'audio' | 'sticker' | 'animation'; file_id: string };
  /** The Telegram Message object as the Bot API last returned it. */
  message: Message;
}

export function toChatMessage(stored: StoredMessage): ChatMessage {
  const m = stored.message;
  const photo = m.photo?.[m.photo.length - 1];
  const mediaKind = (['animation', 'voice', 'video', 'audio', 'sticker'] as const).find(
    (k) => m[k],
  );
  return {
    chatId: m.chat.id,
    message_id: m.message_id,
    from: stored.fromBot ? 'bot' : 'user',
    ...(stored.fromBot || !m.from ? {} : { userId: m.from.id }),
    date: m.date,
    ...(m.edit_date ? { edit_date: m.edit_date } : {}),
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.caption !== undefined ? { caption: m.caption } : {}),
    entities: m.entities ?? m.caption_entities ?? [],
    ...(stored.markup ? { reply_markup: stored.markup } : {}),
    ...(m.reply_to_message ? { reply_to_message_id: m.reply_to_message.message_id } : {}),
    forwarded: m.forward_origin !== undefined,
    ...(photo
      ? { photo: { file_id: photo.file_id, width: photo.width, height: photo.height } }
      : {}),
    ...(m.document && !m.animation
      ? {
          document: {
            file_id: m.document.file_id,
            file_name: m.document.file_name,
            mime_type: m.document.mime_type,
          },
        }
      : {}),
    ...(m.location
      ? { location: { latitude: m.location.latitude, longitude: m.location.longitude } }
      : {}),
    ...(m.contact
      ? {
          contact: {
            phone_number: m.contact.phone_number,
            first_name: m.contact.first_name,
            user_id: m.contact.user_id,
          },
        }
      : {}),
    ...(mediaKind ? { media: { kind: mediaKind, file_id: m[mediaKind]?.file_id ?? '' } } : {}),
    message: m,
  };
}

/** A one-line summary per message, for error messages that show what the chat contains. */
export function describeMessages(messages: ChatMessage[]): string {
  if (messages.length === 0) return '  (no messages)';
  return messages
    .map((m) => {
      const who = m.from === 'bot' ? 'bot' : `user ${m.userId}`;
      const body =
        m.text ?? m.caption ?? (m.photo ? '[photo]' : m.location ? '[location]' : '[media]');
      const keys =
        m.reply_markup && 'inline_keyboard' in m.reply_markup ? ' [inline keyboard]' : '';
      return `  #${m.message_id} ${who}${m.edit_date ? ' (edited)' : ''}: ${JSON.stringify(body)}${keys}`;
    })
    .join('\n');
}
