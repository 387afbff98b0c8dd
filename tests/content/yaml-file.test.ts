/**
 * The parsed-YAML cache behind the content loaders must never serve an old version of a file an
 * admin has just edited, and must keep the parser's error for a broken one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/content/yaml-file.js';

describe('reading a YAML content file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-yaml-'));

  it('reads the file again as it is after an edit, also when read before', () => {
    const file = join(dir, 'topic.yaml');
    const nonce = `${process.pid}-${Math.random()}`;
    writeFileSync(file, `id: first\nnonce: "${nonce}"\nlist: [1, 2]\n`);
    expect(readYamlFile(file)).toEqual({ id: 'first', nonce, list: [1, 2] });
    expect(readYamlFile(file)).toEqual({ id: 'first', nonce, list: [1, 2] });
    writeFileSync(file, `id: second\nnonce: "${nonce}"\n`);
    expect(readYamlFile(file)).toEqual({ id: 'second', nonce });
  });

  it('fails with the parser message for a broken file, every time', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'items: [\n  - { id: x');
    expect(() => readYamlFile(file)).toThrow(/Flow|flow|collection|end/);
    expect(() => readYamlFile(file)).toThrow(/Flow|flow|collection|end/);
  });
});
