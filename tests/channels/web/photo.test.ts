import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { acceptPhoto, sniffImage, stripPngMetadata } from '../../../src/channels/web/photo.js';
import { jpegWithGps } from './photo.test-data.js';

describe('photos of web reports', () => {
  it('are recognised by their bytes, not their name', () => {
    expect(sniffImage(jpegWithGps())).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('GIF89a……'))).toBeNull();
    expect(sniffImage(Buffer.from('<svg onload=alert(1)>'))).toBeNull();
  });

  it('lose EXIF (GPS, serial number) for anonymous reports and still decode', () => {
    const photo = jpegWithGps();
    const anonymous = acceptPhoto(photo, true);
    expect(anonymous?.bytes.includes('GPSLatitude')).toBe(false);
    expect(jpeg.decode(anonymous?.bytes ?? Buffer.alloc(0))).toMatchObject({ width: 8, height: 8 });
    expect(anonymous?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A named reporter's photo is kept as sent.
    expect(acceptPhoto(photo, false)?.bytes.equals(photo)).toBe(true);
  });

  it('lose text and EXIF chunks from PNGs', () => {
    const png = new PNG({ width: 2, height: 2 });
    png.data.fill(0x40);
    const plain = PNG.sync.write(png);
    const text = Buffer.from('tEXtComment\0GPS 43.9,116.0');
    const chunk = Buffer.alloc(8);
    chunk.writeUInt32BE(text.length - 4, 0);
    text.copy(chunk, 4, 0, 4);
    const withText = Buffer.concat([
      plain.subarray(0, 33),
      chunk,
      text.subarray(4),
      Buffer.alloc(4),
      plain.subarray(33),
    ]);
    expect(withText.includes('GPS 43.9')).toBe(true);
    const stripped = stripPngMetadata(withText);
    expect(stripped.includes('GPS 43.9')).toBe(false);
    expect(PNG.sync.read(stripped)).toMatchObject({ width: 2, height: 2 });
  });
});
