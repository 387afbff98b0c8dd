import type { FileKind, StoredFile } from './file-store.js';

/**
 * The field a stored file takes in a Message (`photo`, `document`, `voice`, …), shaped like
 * Telegram's objects. Shared by the bot's send methods and the simulated users' uploads.
 */
export function mediaContent(
  file: StoredFile,
  extra: { duration?: number; emoji?: string } = {},
): Record<string, unknown> {
  const base = {
    file_id: file.file_id,
    file_unique_id: file.file_unique_id,
    file_size: file.bytes.length,
  };
  const named = file.file_name ? { file_name: file.file_name } : {};
  const duration = extra.duration ?? 1;
  switch (file.kind) {
    case 'photo':
      return { photo: [{ ...base, width: file.width, height: file.height }] };
    case 'document':
      return { document: { ...base, ...named, mime_type: file.mime_type } };
    case 'voice':
      return { voice: { ...base, duration, mime_type: file.mime_type } };
    case 'audio':
      return { audio: { ...base, ...named, duration, mime_type: file.mime_type } };
    case 'video':
      return { video: { ...base, ...named, width: file.width, height: file.height, duration } };
    case 'animation': {
      const animation = { ...base, ...named, width: file.width, height: file.height, duration };
      return { animation, document: { ...base, ...named, mime_type: file.mime_type } };
    }
    case 'sticker':
      return {
        sticker: {
          ...base,
          type: 'regular',
          width: file.width || 512,
          height: file.height || 512,
          is_animated: false,
          is_video: false,
          ...(extra.emoji ? { emoji: extra.emoji } : {}),
        },
      };
  }
}

/** Which file kinds may carry a caption (stickers cannot). */
export function takesCaption(kind: FileKind): boolean {
  return kind !== 'sticker';
}
