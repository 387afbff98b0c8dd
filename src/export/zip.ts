import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';

/** One file inside the archive. Names use forward slashes, as ZIP requires. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** General purpose flag bit 11: file names are UTF-8, so readers do not guess a code page. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** "Version needed to extract" 2.0: deflate, no ZIP64. */
const VERSION = 20;
/**
 * Every entry gets the same timestamp, 1980-01-01 00:00 (the DOS epoch), so the same table always
 * gives the same bytes; the date inside a spreadsheet package is never shown to anyone.
 */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Without ZIP64 records, sizes, offsets and the entry count must fit these fields. */
const MAX_U32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

interface Packed {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  body: Buffer;
  offset: number;
}

function pack(entry: ZipEntry, offset: number): Packed {
  const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
  const deflated = deflateRawSync(data, { level: 9 });
  // Tiny parts can grow when deflated; storing them is just as valid and smaller.
  const useDeflate = deflated.length < data.length;
  return {
    name: Buffer.from(entry.name, 'utf8'),
    method: useDeflate ? DEFLATED : STORED,
    crc: crc32(data),
    size: data.length,
    body: useDeflate ? deflated : Buffer.from(data),
    offset,
  };
}

/** The fields a local header and a central directory record share, from "version needed" on. */
function common(p: Packed): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION, 0);
  b.writeUInt16LE(UTF8_NAMES, 2);
  b.writeUInt16LE(p.method, 4);
  b.writeUInt16LE(DOS_TIME, 6);
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(p.crc, 10);
  b.writeUInt32LE(p.body.length, 14);
  b.writeUInt32LE(p.size, 18);
  b.writeUInt16LE(p.name.length, 22);
  b.writeUInt16LE(0, 24); // extra field length
  return b;
}

function localHeader(p: Packed): Buffer {
  const sig = Buffer.alloc(4);
  sig.writeUInt32LE(0x04034b50, 0);
  return Buffer.concat([sig, common(p), p.name]);
}

function centralRecord(p: Packed): Buffer {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, spec 2.0
  // Comment length, disk number, internal and external attributes: all 0; then the offset.
  const tail = Buffer.alloc(14);
  tail.writeUInt32LE(p.offset, 10);
  return Buffer.concat([head, common(p), tail, p.name]);
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8); // entries on this disk (disk numbers stay 0)
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

/**
 * A ZIP archive (PKWARE APPNOTE 6.3) built in memory: local headers with sizes and CRC known up
 * front (no data descriptors), then the central directory and the end record. Enough for Office
 * Open XML packages; it refuses anything that would need ZIP64 rather than write a broken file.
 *
 * @example
 * const bytes = zip([{ name: 'hello.txt', data: '你好' }]);
 */
export function zip(entries: ZipEntry[]): Buffer {
  if (entries.length > MAX_ENTRIES) {
    throw new RangeError(`A ZIP without ZIP64 holds at most ${MAX_ENTRIES} files.`);
  }
  const parts: Buffer[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = pack(entry, offset);
    const header = localHeader(p);
    parts.push(header, p.body);
    packed.push(p);
    offset += header.length + p.body.length;
  }
  const directory = Buffer.concat(packed.map(centralRecord));
  if (offset > MAX_U32 || directory.length > MAX_U32 || packed.some((p) => p.size > MAX_U32)) {
    throw new RangeError('The archive would exceed 4 GiB, which needs ZIP64; export less data.');
  }
  return Buffer.concat([...parts, directory, endRecord(packed.length, directory.length, offset)]);
}
