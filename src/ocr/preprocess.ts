/**
 * Makes a phone screenshot easy for Tesseract: dark mode is inverted (light text on black reads
 * badly), the image is scaled so that ordinary message text is about 30 pixels high, and grey
 * bubble backgrounds are pushed to white, so Tesseract's own thresholding sees black text on
 * white paper. Returns a binary PGM, which Tesseract reads from stdin without any codec.
 */
import type { GreyImage } from './image.js';

export interface PrepareOptions {
  /** Width the screenshot is scaled to; phones show about 18 CJK characters a line. */
  targetWidth?: number;
}

/** Measured on the rendered fixtures (bench/ocr.bench.ts): best accuracy per CPU second. */
export const DEFAULT_TARGET_WIDTH = 720;
/** Grey levels at or below LOW become black and at or above HIGH white (after inversion). */
const LOW = 60;
const HIGH = 200;

export function prepareForOcr(image: GreyImage, options: PrepareOptions = {}): Uint8Array {
  const dark = isDark(image);
  const scaled = scaleToWidth(image, options.targetWidth ?? DEFAULT_TARGET_WIDTH);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const y = dark ? 255 - v : v;
    lut[v] = y <= LOW ? 0 : y >= HIGH ? 255 : Math.round(((y - LOW) * 255) / (HIGH - LOW));
  }
  const header = Buffer.from(`P5\n${scaled.width} ${scaled.height}\n255\n`, 'ascii');
  const out = new Uint8Array(header.length + scaled.pixels.length);
  out.set(header, 0);
  for (let i = 0; i < scaled.pixels.length; i++)
    out[header.length + i] = lut[scaled.pixels[i] ?? 255] ?? 255;
  return out;
}

/** Dark mode: most of the screen is dark. Sampled, so it costs nothing on big images. */
export function isDark(image: GreyImage): boolean {
  const step = Math.max(1, Math.floor(image.pixels.length / 20_000));
  let dark = 0;
  let total = 0;
  for (let i = 0; i < image.pixels.length; i += step, total++)
    if ((image.pixels[i] ?? 255) < 100) dark++;
  return dark > total / 2;
}

/** Box filter down, bilinear up: cheap and good enough for text. */
export function scaleToWidth(image: GreyImage, width: number): GreyImage {
  if (image.width === width) return image;
  const ratio = image.width / width;
  const height = Math.max(1, Math.round(image.height / ratio));
  const out = new Uint8Array(width * height);
  const src = image.pixels;
  if (ratio > 1) {
    for (let y = 0; y < height; y++) {
      const y0 = Math.floor(y * ratio);
      const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) * ratio)));
      for (let x = 0; x < width; x++) {
        const x0 = Math.floor(x * ratio);
        const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) * ratio)));
        let sum = 0;
        for (let yy = y0; yy < y1; yy++) {
          const row = yy * image.width;
          for (let xx = x0; xx < x1; xx++) sum += src[row + xx] ?? 255;
        }
        out[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
      }
    }
  } else {
    for (let y = 0; y < height; y++) {
      const fy = Math.min(image.height - 1, (y + 0.5) * ratio - 0.5);
      const y0 = Math.max(0, Math.floor(fy));
      const y1 = Math.min(image.height - 1, y0 + 1);
      const wy = Math.max(0, fy - y0);
      for (let x = 0; x < width; x++) {
        const fx = Math.min(image.width - 1, (x + 0.5) * ratio - 0.5);
        const x0 = Math.max(0, Math.floor(fx));
        const x1 = Math.min(image.width - 1, x0 + 1);
        const wx = Math.max(0, fx - x0);
        const top =
          (src[y0 * image.width + x0] ?? 255) * (1 - wx) + (src[y0 * image.width + x1] ?? 255) * wx;
        const bottom =
          (src[y1 * image.width + x0] ?? 255) * (1 - wx) + (src[y1 * image.width + x1] ?? 255) * wx;
        out[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
      }
    }
  }
  return { width, height, pixels: out };
}
