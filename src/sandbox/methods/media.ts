import { badRequest } from '../api-error.js';
import type { FileKind, StoredFile } from '../file-store.js';
import { captionText } from '../formatted-text.js';
import { mediaContent, takesCaption } from '../media-content.js';
import { captionContent, postBotMessage, replyTarget, writableChat } from '../outgoing.js';
import { readReplyMarkup } from '../reply-markup.js';
import type { Params } from '../request-params.js';
import type { SandboxState } from '../sandbox-state.js';
import type { MethodHandler, MethodTable } from './method.js';

/**
 * sendPhoto, sendDocument, sendVoice and friends. The file may be an upload (multipart, as
 * grammY sends an `InputFile`), a file_id the emulator issued earlier, or an HTTP URL; URLs are
 * not fetched (the sandbox has no internet), so they become empty placeholder files.
 */
export const mediaMethods: MethodTable = {
  sendPhoto: sendMedia('photo', 'photo'),
  sendDocument: sendMedia('document', 'document'),
  sendVoice: sendMedia('voice', 'voice'),
  sendVideo: sendMedia('video', 'video'),
  sendAudio: sendMedia('audio', 'audio'),
  sendAnimation: sendMedia('animation', 'animation'),
  sendSticker: sendMedia('sticker', 'sticker'),
};

function sendMedia(field: string, kind: FileKind): MethodHandler {
  return (params, state) => {
    const chat = writableChat(state, params);
    const file = inputFile(state, params, field, kind);
    const caption = takesCaption(kind) ? captionText(params, state.textRules) : undefined;
    const markup = readReplyMarkup(params);
    const replyTo = replyTarget(params, chat);
    const content = {
      ...mediaContent(file, {
        duration: params.integer('duration'),
        emoji: params.string('emoji'),
      }),
      ...captionContent(caption),
    };
    return postBotMessage(state, chat, content, markup, replyTo);
  };
}

/** Resolves a file parameter to a stored file, registering uploads and URLs. */
export function inputFile(
  state: SandboxState,
  params: Params,
  field: string,
  kind: FileKind,
): StoredFile {
  const input = params.file(field);
  if (input === undefined) throw badRequest(`there is no ${field} in the request`);
  if (typeof input !== 'string') {
    const mime = input.contentType === 'application/octet-stream' ? undefined : input.contentType;
    return state.files.add(kind, input.bytes, { file_name: input.filename, mime_type: mime });
  }
  const known = state.files.get(input);
  if (known) {
    if (known.kind !== kind && (known.kind === 'photo' || kind === 'photo')) {
      throw badRequest(`can't use file of type ${typeName(known.kind)} as ${typeName(kind)}`);
    }
    return known;
  }
  if (/^https?:\/\/\S+$/i.test(input)) {
    const name = new URL(input).pathname.split('/').pop() || undefined;
    return state.files.add(kind, new Uint8Array(), { file_name: name });
  }
  throw badRequest('wrong file identifier/HTTP URL specified');
}

function typeName(kind: FileKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
