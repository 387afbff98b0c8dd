import type { Update } from 'grammy/types';
import type { FileKind } from './file-store.js';
import { PLACEHOLDER_PNG } from './image-size.js';
import { mediaContent } from './media-content.js';
import type { SandboxState } from './sandbox-state.js';
import type { PlaceOptions, UserActions } from './user-actions.js';

/** Options shared by the simulated users' media messages. */
export interface MediaOptions extends PlaceOptions {
  caption?: string;
  /** The file's bytes; a 1×1 PNG (photos) or a few placeholder bytes when left out. */
  bytes?: Uint8Array;
  fileName?: string;
  mimeType?: string;
  /** Photos of one album share this id, as Telegram sends them. */
  mediaGroupId?: string;
  duration?: number;
  /** Stickers only. */
  emoji?: string;
}

/** The location a user shares; `livePeriod` makes it a live location. */
export interface LocationOptions extends PlaceOptions {
  livePeriod?: number;
  horizontalAccuracy?: number;
}

/** The contact a user shares; by default their own, as with a request_contact button. */
export interface ContactOptions extends PlaceOptions {
  phoneNumber?: string;
  firstName?: string;
  lastName?: string;
  userId?: number;
}

/**
 * A user sending a photo, document, voice note, video or sticker. The file is registered, so
 * the bot can getFile and download it exactly like a file from a real user.
 */
export function sendUserMedia(
  state: SandboxState,
  actions: UserActions,
  kind: FileKind,
  fromId: number,
  options: MediaOptions = {},
): Update {
  actions.place(fromId, options.chatId); // fail before storing a file for a bad call
  const bytes = options.bytes ?? (kind === 'photo' ? PLACEHOLDER_PNG : new Uint8Array(16));
  const file = state.files.add(kind, bytes, {
    file_name: options.fileName ?? (kind === 'document' ? 'document.dat' : undefined),
    mime_type: options.mimeType,
  });
  return actions.send(
    fromId,
    {
      ...mediaContent(file, { duration: options.duration, emoji: options.emoji }),
      ...(options.caption ? { caption: options.caption } : {}),
      ...(options.mediaGroupId ? { media_group_id: options.mediaGroupId } : {}),
    },
    options,
  );
}

export function sendUserLocation(
  actions: UserActions,
  fromId: number,
  latitude: number,
  longitude: number,
  options: LocationOptions = {},
): Update {
  const location = {
    latitude,
    longitude,
    ...(options.livePeriod ? { live_period: options.livePeriod } : {}),
    ...(options.horizontalAccuracy ? { horizontal_accuracy: options.horizontalAccuracy } : {}),
  };
  return actions.send(fromId, { location }, options);
}

export function sendUserContact(
  actions: UserActions,
  fromId: number,
  options: ContactOptions = {},
): Update {
  const { user } = actions.place(fromId, options.chatId);
  const own = options.userId === undefined || options.userId === fromId;
  const contact = {
    phone_number: options.phoneNumber ?? `+86138${String(fromId).padStart(8, '0').slice(-8)}`,
    first_name: options.firstName ?? (own ? user.first_name : 'Contact'),
    ...((options.lastName ?? (own ? user.last_name : undefined))
      ? { last_name: options.lastName ?? user.last_name }
      : {}),
    user_id: options.userId ?? fromId,
  };
  return actions.send(fromId, { contact }, options);
}
