/**
 * Web evidence on disk: each photo is written under the data directory by its content hash
 * before the report or addition naming it is stored, so a repeat writes nothing new and a crash
 * leaves at most an unreferenced file, never a report pointing at a missing one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Photo } from './photo.js';

/** A stored photo's file id: `web:` marks evidence kept on disk rather than on Telegram. */
export const webEvidenceId = (photo: Photo) =>
  `web:${photo.sha256}.${photo.type === 'image/png' ? 'png' : 'jpg'}`;

/** Writes the photos to `dir` and returns their file ids, in order. */
export async function saveWebEvidence(dir: string, photos: Photo[]): Promise<string[]> {
  if (photos.length) await mkdir(dir, { recursive: true });
  const ids: string[] = [];
  for (const photo of photos) {
    const id = webEvidenceId(photo);
    await writeFile(join(dir, id.slice(4)), photo.bytes);
    ids.push(id);
  }
  return ids;
}
