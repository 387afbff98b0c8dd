/**
 * Decodes a PNG or JPEG into 8-bit grey, after checking its size from the header, so a
 * "decompression bomb" (a small file that declares 50,000 × 50,000 pixels) is refused before a
 * single pixel is allocated. Pure JavaScript (pngjs, jpeg-js): nothing to install.
 */
import { loadOnDemand } from '../load-on-demand.js';
import { OcrError } from './errors.js';

const pngjs = loadOnDemand<typeof import('pngjs')>('pngjs');
const jpeg = loadOnDemand<typeof import('jpeg-js')>('jpeg-js');

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black … 255 white, row by row. */
  pixels: Uint8Array;
}

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'other';

/** A phone screenshot is at most about 1440 × 3200 (4.6 MP); leave room, refuse the absurd. */
export const MAX_PIXELS = 12_000_000;

export function sniffImage(bytes: Uint8Array): ImageKind {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'gif';
  const riff = String.fromCharCode(...bytes.subarray(0, 4));
  if (riff === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  return 'other';
}

/** Width and height from a PNG or JPEG header, without decoding. */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = sniffImage(bytes);
  if (kind === 'png' && bytes.length >= 24)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  if (kind !== 'jpeg') return null;
  let pos = 2;
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: view.getUint16(pos + 5), width: view.getUint16(pos + 7) };
    pos += 2 + view.getUint16(pos + 2);
  }
  return null;
}

export function decodeGrey(bytes: Uint8Array, maxPixels = MAX_PIXELS): GreyImage {
  const kind = sniffImage(bytes);
  if (kind !== 'png' && kind !== 'jpeg')
    throw new OcrError('unsupported', `only PNG and JPEG are read, not ${kind}`);
  const size = imageDimensions(bytes);
  if (!size || size.width < 1 || size.height < 1)
    throw new OcrError('unsupported', 'the image header is damaged');
  if (size.width * size.height > maxPixels)
    throw new OcrError('too-large', `${size.width}×${size.height} is over ${maxPixels} pixels`);
  let rgba: { width: number; height: number; data: Uint8Array };
  try {
    rgba =
      kind === 'png'
        ? pngjs().PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
        : jpeg().decode(bytes, {
            useTArray: true,
            formatAsRGBA: true,
            maxResolutionInMP: maxPixels / 1e6,
            maxMemoryUsageInMB: 256,
          });
  } catch (error) {
    throw new OcrError(
      'unsupported',
      `the image could not be decoded: ${(error as Error).message}`,
    );
  }
  const pixels = new Uint8Array(rgba.width * rgba.height);
  const data = rgba.data;
  for (let i = 0, p = 0; i < pixels.length; i++, p += 4) {
    // Transparent pixels count as white, as a phone would show them.
    const a = data[p + 3] ?? 255;
    const y = ((data[p] ?? 0) * 299 + (data[p + 1] ?? 0) * 587 + (data[p + 2] ?? 0) * 114) / 1000;
    pixels[i] = Math.round((y * a + 255 * (255 - a)) / 255);
  }
  return { width: rgba.width, height: rgba.height, pixels };
}
