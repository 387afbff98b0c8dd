/** A real 8×8 JPEG with an EXIF segment holding a GPS position, as a phone camera writes it. */
import jpeg from 'jpeg-js';

export function jpegWithGps(): Buffer {
  const pixels = Buffer.alloc(8 * 8 * 4, 0x80);
  const plain = jpeg.encode({ data: pixels, width: 8, height: 8 }, 90).data;
  const payload = Buffer.from('Exif\0\0GPSLatitude 43.952 GPSLongitude 116.071 SerialNumber X1');
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}
