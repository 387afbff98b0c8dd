/**
 * Pictures already uploaded to WeChat as temporary media, by where they come from: one upload
 * serves every follower (and every replica) until it expires.
 */
import type { Db } from './database.js';

/** The media id of a picture uploaded before and still valid at `now`, or null. */
export async function readWechatMedia(db: Db, photoKey: string, now: Date): Promise<string | null> {
  const row = await db
    .selectFrom('wechat_media')
    .select(['media_id', 'expires_at'])
    .where('photo_key', '=', photoKey)
    .executeTakeFirst();
  return row && new Date(row.expires_at) > now ? row.media_id : null;
}

/** Records an upload (replacing the picture's earlier one). */
export async function saveWechatMedia(
  db: Db,
  photoKey: string,
  mediaId: string,
  expiresAt: Date,
): Promise<void> {
  const values = { media_id: mediaId, expires_at: expiresAt.toISOString() };
  await db
    .insertInto('wechat_media')
    .values({ photo_key: photoKey, ...values })
    .onConflict((oc) => oc.column('photo_key').doUpdateSet(values))
    .execute();
}

/** Forgets uploads that have expired (the hourly prune). */
export async function pruneWechatMedia(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('wechat_media')
    .where('expires_at', '<', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
