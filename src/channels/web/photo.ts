/**
 * Photos attached to web reports: the type is read from the file's first bytes (a name or a
 * declared type proves nothing), and for anonymous reports the metadata a phone writes into the
 * file (EXIF, with the GPS position and the phone's serial number; XMP; comments) is removed,
 * so a photo cannot say more about the reporter than the report does.
 */
import { createHash } from 'node:crypto';

export type ImageType = 'image/jpeg' | 'image/png';

/** The largest photo accepted, after decoding. */
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
export const MAX_PHOTOS = 3;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImage(bytes: Buffer): ImageType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

/**
 * A JPEG without its APP1–APP15 segments (EXIF, XMP, maker notes) and comments; APP0 (JFIF)
 * and everything from the start of the image data on are kept as they are.
 */
export function stripJpegMetadata(jpeg: Buffer): Buffer {
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number;
    // Start of scan: the compressed image follows; keep the rest whole.
    if (marker === 0xda) break;
    const length = jpeg.readUInt16BE(at + 2);
    const end = at + 2 + length;
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) kept.push(jpeg.subarray(at, end));
    at = end;
  }
  kept.push(jpeg.subarray(at));
  return Buffer.concat(kept);
}

/** A PNG without its text and EXIF chunks (tEXt, zTXt, iTXt, eXIf, tIME). */
export function stripPngMetadata(png: Buffer): Buffer {
  const kept: Buffer[] = [png.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (!['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'].includes(type)) kept.push(png.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

export interface Photo {
  type: ImageType;
  bytes: Buffer;
  /** SHA-256 of the bytes as stored: the file's name under the data directory. */
  sha256: string;
}

/** A checked photo, with its metadata removed when `strip` is set; null when it is not an image. */
export function acceptPhoto(bytes: Buffer, strip: boolean): Photo | null {
  const type = sniffImage(bytes);
  if (!type) return null;
  const clean = !strip
    ? bytes
    : type === 'image/jpeg'
      ? stripJpegMetadata(bytes)
      : stripPngMetadata(bytes);
  return { type, bytes: clean, sha256: createHash('sha256').update(clean).digest('hex') };
}
