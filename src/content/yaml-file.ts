/**
 * Reads a YAML content file through a cache of its parsed form, keyed by the file's bytes.
 *
 * Parsing the knowledge base, the fraud rules and the awareness library with `yaml` costs a
 * station PC about 0.4 s on every start; the same data as JSON takes milliseconds. The key is
 * the SHA-256 of the file, so an edited file is parsed afresh, and a broken one still fails with
 * the parser's own message. The cache is only a shortcut: when it cannot be read or written
 * (read-only disk, a half-written file), the file is parsed as if there were no cache.
 *
 * @example
 * const raw = readYamlFile('locales/zh-CN/services/idcard.yaml'); // throws the YAML error
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** `data/cache/yaml/` of this project (git-ignored). */
const CACHE_DIR = fileURLToPath(new URL('../../data/cache/yaml/', import.meta.url));
// Bump when the cached form changes meaning.
const FORMAT = 'v1';

export function readYamlFile(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(FORMAT).update(source).digest('hex');
  const cached = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8'));
  } catch {
    // Not cached yet, or unreadable: parse below.
  }
  const parsed: unknown = parse(source);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename, so a reader in another process never sees half a file.
    const partial = `${cached}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(partial, JSON.stringify(parsed));
    renameSync(partial, cached);
  } catch {
    // A read-only data folder only costs the shortcut.
  }
  return parsed;
}
