/**
 * The layering the README promises, checked on the source itself: grammY stays inside the
 * Telegram adapter (src/bot) and the Telegram emulator (src/sandbox, which speaks the Bot API),
 * and the inner layers never reach outwards to a channel or the composition root.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => /\.(ts|js)$/.test(f))
    .map((f) => f.split('\\').join('/'));
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) found.push(m[1] as string);
  return found;
}

/** The top-level folder of src a relative import lands in ('' for files directly under src). */
function layerOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(SRC, join(SRC, file, '..', specifier))
    .split('\\')
    .join('/');
  return target.includes('/') ? (target.split('/')[0] as string) : '';
}

function offenders(files: string[], bad: (file: string, specifier: string) => boolean) {
  return files.flatMap((f) =>
    importsOf(f)
      .filter((s) => bad(f, s))
      .map((s) => `${f} → ${s}`),
  );
}

describe('layers', () => {
  const files = sourceFiles();
  const inside = (folder: string) => files.filter((f) => f.startsWith(`${folder}/`));

  it('finds the source', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(inside('bot').some((f) => importsOf(f).includes('grammy'))).toBe(true);
  });

  it('imports grammY only in the Telegram adapter and the Telegram emulator', () => {
    const outside = files.filter((f) => !f.startsWith('bot/') && !f.startsWith('sandbox/'));
    expect(offenders(outside, (_, s) => /^(grammy|@grammyjs\/)/.test(s))).toEqual([]);
  });

  it('keeps the domain free of storage, workflows, channels and the app', () => {
    const bad = new Set(['store', 'workflows', 'bot', 'channels', 'app', 'notices', 'sandbox']);
    expect(offenders(inside('domain'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps the workflows free of every channel and the app', () => {
    const bad = new Set(['bot', 'channels', 'app', 'sandbox']);
    expect(offenders(inside('workflows'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps the web and WeChat channels free of the Telegram adapter and the app', () => {
    const bad = new Set(['bot', 'app']);
    expect(offenders(inside('channels'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('runs the scheduled jobs on workflows, never through the Telegram adapter', () => {
    const bad = new Set(['bot', 'channels']);
    expect(offenders(['app/jobs.ts'], (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps the store and the outboxes free of channels', () => {
    const bad = new Set(['bot', 'channels', 'app', 'workflows']);
    const lower = [...inside('store'), ...inside('notices'), ...inside('broadcast')];
    expect(offenders(lower, (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });
});
