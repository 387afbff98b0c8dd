/**
 * A plain RGBA pixel buffer with the two drawing operations charts need (filled rectangles and
 * bitmap text), and PNG encoding via pngjs. There is no canvas library on the server, and bar
 * charts are only rectangles and text, so this is all the graphics we need.
 */
import { PNG } from 'pngjs';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from './bitmap-font.js';
import type { Rgb } from './palette.js';

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row, 4 bytes per pixel: the layout pngjs expects. */
  readonly data: Buffer;
}

/** A fully opaque raster filled with `background`. */
export function createRaster(width: number, height: number, background: Rgb): Raster {
  const raster = { width, height, data: Buffer.alloc(width * height * 4) };
  fillRect(raster, 0, 0, width, height, background);
  return raster;
}

/**
 * Fills a rectangle, clipped to the raster, so layout code never has to guard against drawing a
 * pixel off the edge. Writes the first row pixel by pixel and copies it down, which keeps large
 * fills (the background) cheap.
 */
export function fillRect(raster: Raster, x: number, y: number, w: number, h: number, color: Rgb) {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(raster.width, Math.round(x + w));
  const y1 = Math.min(raster.height, Math.round(y + h));
  if (x0 >= x1 || y0 >= y1) return;
  const { data, width } = raster;
  const rowStart = (y0 * width + x0) * 4;
  const rowEnd = (y0 * width + x1) * 4;
  for (let i = rowStart; i < rowEnd; i += 4) {
    data[i] = color[0];
    data[i + 1] = color[1];
    data[i + 2] = color[2];
    data[i + 3] = 0xff;
  }
  for (let y = y0 + 1; y < y1; y++) data.copyWithin((y * width + x0) * 4, rowStart, rowEnd);
}

/**
 * Draws text with the bitmap font, each font pixel a `scale`×`scale` square, top-left at (x, y).
 * Characters outside printable ASCII come out as `?`.
 */
export function drawText(
  raster: Raster,
  text: string,
  x: number,
  y: number,
  scale: number,
  color: Rgb,
) {
  let penX = x;
  for (const ch of text) {
    const rows = glyphRows(ch.codePointAt(0) ?? 0);
    for (let row = 0; row < GLYPH_HEIGHT; row++) {
      const bits = rows[row] ?? 0;
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if (bits & (1 << (GLYPH_WIDTH - 1 - col))) {
          fillRect(raster, penX + col * scale, y + row * scale, scale, scale, color);
        }
      }
    }
    penX += (GLYPH_WIDTH + 1) * scale;
  }
}

/** PNG bytes for the raster. Filter 0 ("none") encodes flat-colour charts quickly and small. */
export function encodePng(raster: Raster): Buffer {
  const png = new PNG({ width: raster.width, height: raster.height });
  raster.data.copy(png.data);
  return PNG.sync.write(png, { filterType: 0 });
}
