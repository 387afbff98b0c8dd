/**
 * Downloads a file a person sent, up to a size limit: the size Telegram reports is checked
 * before anything is fetched, and the body is read in chunks and abandoned past the limit, so a
 * wrong or missing size cannot make the bot hold a 20 MB picture in memory.
 */
import type { Api } from 'grammy';

/** The part of fetch used here; grammY's own client (node-fetch or the global one) fits. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  body: unknown;
}>;

export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
}

export interface FileDownloader {
  download(api: Api, fileId: string, maxBytes: number): Promise<Uint8Array>;
}

/** `fileRoot` is `<api root>/file/bot<token>`; `fetch` is the bot's own HTTP client. */
export function createFileDownloader(
  fileRoot: string,
  fetchImpl: FetchLike = globalThis.fetch,
  timeoutMs = 20_000,
): FileDownloader {
  return {
    async download(api, fileId, maxBytes) {
      const file = await api.getFile(fileId);
      if ((file.file_size ?? 0) > maxBytes)
        throw new FileTooLargeError(`${file.file_size} bytes is over ${maxBytes}`);
      if (!file.file_path) throw new Error('Telegram gave no file_path; the file may have expired');
      const response = await fetchImpl(`${fileRoot}/${file.file_path}`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
        throw new FileTooLargeError('the file is larger than its size said');
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > maxBytes) throw new FileTooLargeError('the file is larger than its size said');
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    },
  };
}
