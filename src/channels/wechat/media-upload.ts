/**
 * Pictures for followers: uploaded once as temporary media (`POST /cgi-bin/media/upload?type=image`,
 * kept by WeChat for three days), the media id kept in the database so a warning with a photo
 * sent to a thousand followers is uploaded once, by whichever replica comes first.
 * https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadmedia
 *
 * A picture is named by its `photo key` (for a warning, the Telegram file id it was approved
 * with); a `PhotoSource` given by the app turns the key into bytes. WeChat may forget a media id
 * before its three days (40007 "invalid media_id"): the sender then calls `renew`, which uploads
 * again once, unless another replica already did.
 */
import type { Db } from '../../store/database.js';
import { readWechatMedia, saveWechatMedia } from '../../store/wechat-media.repository.js';
import type { WechatApi } from './api-client.js';

/** The bytes of a picture, by its key; throws when it cannot be had (logged, text still goes). */
export type PhotoSource = (photoKey: string) => Promise<Uint8Array>;

/** WeChat keeps temporary media three days; the cached id is dropped an hour earlier. */
const KEPT_MS = 3 * 24 * 3600_000 - 3600_000;

export interface MediaUploader {
  /** The media id for the picture: the cached one while it lasts, else a fresh upload. */
  mediaIdFor(photoKey: string): Promise<string>;
  /** WeChat refused `stale` (40007): upload again, unless the cache already has a newer id. */
  renew(photoKey: string, stale: string): Promise<string>;
}

/** JPEG unless the bytes say PNG or GIF (WeChat takes these three for `image`). */
function typeOf(bytes: Uint8Array): { type: string; name: string } {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { type: 'image/png', name: 'photo.png' };
  if (bytes[0] === 0x47 && bytes[1] === 0x49) return { type: 'image/gif', name: 'photo.gif' };
  return { type: 'image/jpeg', name: 'photo.jpg' };
}

export function createMediaUploader(deps: {
  db: Db;
  api: WechatApi;
  photos: PhotoSource;
  now?: () => Date;
}): MediaUploader {
  const now = deps.now ?? (() => new Date());
  /** One upload per picture at a time in this process. */
  const pending = new Map<string, Promise<string>>();

  function upload(photoKey: string): Promise<string> {
    let running = pending.get(photoKey);
    if (!running) {
      running = (async () => {
        const bytes = await deps.photos(photoKey);
        const { type, name } = typeOf(bytes);
        const form = new FormData();
        form.append('media', new Blob([bytes], { type }), name);
        const answer = await deps.api.postForm<{ media_id?: string }>(
          '/cgi-bin/media/upload',
          form,
          {
            type: 'image',
          },
        );
        if (!answer.media_id) throw new Error('WeChat answered the upload without a media_id');
        await saveWechatMedia(
          deps.db,
          photoKey,
          answer.media_id,
          new Date(now().getTime() + KEPT_MS),
        );
        return answer.media_id;
      })().finally(() => pending.delete(photoKey));
      pending.set(photoKey, running);
    }
    return running;
  }

  return {
    async mediaIdFor(photoKey) {
      return (await readWechatMedia(deps.db, photoKey, now())) ?? upload(photoKey);
    },
    async renew(photoKey, stale) {
      const cached = await readWechatMedia(deps.db, photoKey, now());
      return cached && cached !== stale ? cached : upload(photoKey);
    },
  };
}
