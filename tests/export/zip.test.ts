/**
 * The ZIP container under every XLSX: our CRC-32 matches the standard check value and zlib, and
 * an archive read back by an independent reader gives back exactly what went in.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/export/crc32.js';
import { zip } from '../../src/export/zip.js';
import { unzip } from './unzip.js';

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with zlib on empty, Chinese and binary input', () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    for (const data of [Buffer.alloc(0), Buffer.from('村警通，报案'), random]) {
      expect(crc32(data)).toBe(zlibCrc32(data) >>> 0);
    }
  });
});

describe('zip', () => {
  it('round-trips entries with UTF-8 names, storing what deflate cannot shrink', () => {
    const long = '报案记录 '.repeat(1000);
    const archive = zip([
      { name: 'a.txt', data: 'x' },
      { name: '目录/报案.txt', data: long },
      { name: 'empty', data: '' },
    ]);
    const entries = unzip(archive);
    expect([...entries.keys()]).toEqual(['a.txt', '目录/报案.txt', 'empty']);
    expect(entries.get('a.txt')?.method).toBe(0);
    expect(entries.get('目录/报案.txt')?.method).toBe(8);
    expect(entries.get('目录/报案.txt')?.data.toString('utf8')).toBe(long);
    expect(entries.get('empty')?.data.length).toBe(0);
    for (const entry of entries.values()) expect(entry.flags & 0x0800).toBe(0x0800);
  });

  it('gives the same bytes for the same input', () => {
    const entries = [{ name: 'a.xml', data: '<a/>' }];
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });
});
