/**
 * Downloads a picture a follower sent, through WeChat's temporary media API
 * (`GET /cgi-bin/media/get?access_token=…&media_id=…`, kept by WeChat for three days):
 * https://developers.weixin.qq.com/doc/service/api/material/temporary/api_getmedia
 * With the limits of Telegram's downloads: a declared size over the limit is refused before
 * reading, the body is read in chunks and abandoned past it, and the whole download has 20 s.
 */
import type { WechatApi } from './api-client.js';

/** As long as Telegram's file downloads may take (src/bot/download-file.ts). */
export const MEDIA_TIMEOUT_MS = 20_000;

export class MediaTooLargeError extends Error {
  override name = 'MediaTooLargeError';
}

export type MediaDownloader = (mediaId: string, maxBytes: number) => Promise<Uint8Array>;

export function createMediaDownloader(
  api: Pick<WechatApi, 'getFile'>,
  timeoutMs = MEDIA_TIMEOUT_MS,
): MediaDownloader {
  return async (mediaId, maxBytes) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await api.getFile('/cgi-bin/media/get', { media_id: mediaId }, signal);
    if (!response.ok) throw new Error(`media download failed with HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel();
      throw new MediaTooLargeError('the picture is larger than the limit');
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) throw new MediaTooLargeError('the picture is larger than the limit');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  };
}
