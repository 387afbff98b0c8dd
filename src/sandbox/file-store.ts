import { imageSize } from './image-size.js';

/** The kinds of files the emulator stores, named after Telegram's download folders. */
export type FileKind = 'photo' | 'document' | 'voice' | 'video' | 'audio' | 'sticker' | 'animation';

/** One stored file: enough for getFile, downloads and re-sending by file_id. */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  kind: FileKind;
  bytes: Uint8Array;
  mime_type: string;
  file_name?: string;
  width: number;
  height: number;
}

const FOLDERS: Record<FileKind, { folder: string; ext: string; mime: string }> = {
  photo: { folder: 'photos', ext: 'jpg', mime: 'image/jpeg' },
  document: { folder: 'documents', ext: 'dat', mime: 'application/octet-stream' },
  voice: { folder: 'voice', ext: 'oga', mime: 'audio/ogg' },
  video: { folder: 'videos', ext: 'mp4', mime: 'video/mp4' },
  audio: { folder: 'music', ext: 'mp3', mime: 'audio/mpeg' },
  sticker: { folder: 'stickers', ext: 'webp', mime: 'image/webp' },
  animation: { folder: 'animations', ext: 'mp4', mime: 'video/mp4' },
};

/**
 * Files uploaded by the bot or "sent" by simulated users. Bounded by total bytes and count:
 * the oldest files are dropped first, after which their file_id is unknown, as an expired one.
 */
export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, string>();
  private totalBytes = 0;
  private counter = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxFiles = 5_000,
  ) {}

  add(
    kind: FileKind,
    bytes: Uint8Array,
    meta: { file_name?: string; mime_type?: string } = {},
  ): StoredFile {
    const n = ++this.counter;
    const { folder, ext, mime } = FOLDERS[kind];
    const own = /\.([a-z0-9]{1,8})$/i.exec(meta.file_name ?? '')?.[1]?.toLowerCase();
    const size = kind === 'photo' || kind === 'sticker' ? imageSize(bytes) : undefined;
    const file: StoredFile = {
      file_id: `sandbox-${kind}-${n}-${Math.random().toString(36).slice(2, 10)}`,
      file_unique_id: `u${n}`,
      file_path: `${folder}/file_${n}.${own ?? (kind === 'photo' && isPng(bytes) ? 'png' : ext)}`,
      kind,
      bytes,
      mime_type: meta.mime_type ?? (isPng(bytes) ? 'image/png' : mime),
      ...(meta.file_name ? { file_name: meta.file_name } : {}),
      width: size?.width ?? 0,
      height: size?.height ?? 0,
    };
    this.byId.set(file.file_id, file);
    this.byPath.set(file.file_path, file.file_id);
    this.totalBytes += bytes.length;
    this.evict();
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  atPath(path: string): StoredFile | undefined {
    const id = this.byPath.get(path);
    return id === undefined ? undefined : this.byId.get(id);
  }

  private evict(): void {
    while (
      this.byId.size > 1 &&
      (this.totalBytes > this.maxBytes || this.byId.size > this.maxFiles)
    ) {
      const oldest = this.byId.values().next();
      if (oldest.done) return;
      this.byId.delete(oldest.value.file_id);
      this.byPath.delete(oldest.value.file_path);
      this.totalBytes -= oldest.value.bytes.length;
    }
  }
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}
