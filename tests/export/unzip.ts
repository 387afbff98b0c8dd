/**
 * A deliberately independent ZIP reader for the tests: it starts from the end record, walks the
 * central directory, checks each local header agrees with it, inflates with node:zlib and checks
 * the CRC with zlib.crc32 (not our own table), so a bug in the writer cannot hide behind itself.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

export interface UnzippedEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  data: Buffer;
}

export function unzip(archive: Buffer): Map<string, UnzippedEntry> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of central directory record').toBeGreaterThanOrEqual(0);
  expect(end + 22, 'nothing after the end record').toBe(archive.length);
  const count = archive.readUInt16LE(end + 10);
  const directorySize = archive.readUInt32LE(end + 12);
  let at = archive.readUInt32LE(end + 16);
  expect(at + directorySize, 'central directory ends where the end record starts').toBe(end);

  const entries = new Map<string, UnzippedEntry>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at), 'central directory signature').toBe(0x02014b50);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const nameBytes = archive.subarray(at + 46, at + 46 + nameLength);
    const name = nameBytes.toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;

    // The local header must repeat what the directory says.
    expect(archive.readUInt32LE(localOffset), `${name}: local header signature`).toBe(0x04034b50);
    expect(archive.readUInt16LE(localOffset + 6), `${name}: local flags`).toBe(flags);
    expect(archive.readUInt16LE(localOffset + 8), `${name}: local method`).toBe(method);
    expect(archive.readUInt32LE(localOffset + 14), `${name}: local crc`).toBe(crc);
    expect(archive.readUInt32LE(localOffset + 18), `${name}: local size`).toBe(compressedSize);
    expect(archive.readUInt32LE(localOffset + 22), `${name}: local raw size`).toBe(size);
    const localNameLength = archive.readUInt16LE(localOffset + 26);
    const localExtraLength = archive.readUInt16LE(localOffset + 28);
    const localName = archive.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    expect(localName.equals(nameBytes), `${name}: local name`).toBe(true);

    const start = localOffset + 30 + localNameLength + localExtraLength;
    const body = archive.subarray(start, start + compressedSize);
    expect([0, 8], `${name}: stored or deflated`).toContain(method);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length, `${name}: size`).toBe(size);
    expect(crc32(data) >>> 0, `${name}: CRC-32`).toBe(crc);
    entries.set(name, { name, flags, method, compressedSize, data });
  }
  return entries;
}

/**
 * A small well-formedness check: every tag closes in order, every `&` starts a known entity and
 * no raw `<` hides in text. Node has no XML parser; LibreOffice was used by hand for the rest.
 */
export function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  for (const [tag] of body.matchAll(/<[^>]*>/g)) {
    expect(tag, 'no "<" inside a tag').not.toMatch(/^<[^<]*<|^<$/);
    if (tag.endsWith('/>')) continue;
    const name = /^<\/?([\w:]+)/.exec(tag)?.[1];
    expect(name, `tag ${tag}`).toBeDefined();
    if (tag.startsWith('</')) expect(stack.pop(), `closing ${tag}`).toBe(name);
    else stack.push(name ?? '');
  }
  expect(stack, 'unclosed elements').toEqual([]);
  expect(body.replace(/<[^>]*>/g, ''), 'bare ampersand').not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}
