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

/**
 * Screens one feature still opens from another (the language and village pickers, 我的's
 * sub-screens, the scam check a service question falls through to). Each should move to a
 * shared place outside features/ (as refuse.ts did); the list may only shrink.
 */
const SHARED_SCREENS = new Set([
  'bot/features/admin.ts → ./basics.js',
  'bot/features/ask-officer.ts → ./place-picker.js',
  'bot/features/basics.ts → ./mine.js',
  'bot/features/basics.ts → ./place-picker.js',
  'bot/features/language.ts → ./place-picker.js',
  'bot/features/mine.ts → ./language.js',
  'bot/features/mine.ts → ./place-picker.js',
  'bot/features/mine.ts → ./reminders.js',
  'bot/features/mine.ts → ./reports/my-reports.js',
  'bot/features/mine.ts → ./reports/points.js',
  'bot/features/reports/report-flow.ts → ../place-picker.js',
  'bot/features/scam-check.ts → ./reports/report-flow.js',
  'bot/features/screenshot-check.ts → ./scam-check.js',
  'bot/features/services.ts → ./scam-check.js',
  'bot/features/start.ts → ./language.js',
]);

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
    const bad = new Set([
      'store',
      'workflows',
      'bot',
      'channels',
      'http',
      'app',
      'notices',
      'sandbox',
    ]);
    expect(offenders(inside('domain'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps the workflows free of every channel, the HTTP server and the app', () => {
    const bad = new Set(['bot', 'channels', 'http', 'app', 'sandbox']);
    expect(offenders(inside('workflows'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps the web and WeChat channels free of the Telegram adapter and the app', () => {
    const bad = new Set(['bot', 'app']);
    expect(offenders(inside('channels'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('runs the scheduled jobs on workflows, never through the Telegram adapter', () => {
    const bad = new Set(['bot', 'channels']);
    const jobs = ['app/jobs.ts', 'app/campaigns.ts'];
    expect(offenders(jobs, (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('runs the command line on workflows, never through the Telegram adapter', () => {
    expect(offenders(inside('cli'), (f, s) => layerOf(f, s) === 'bot')).toEqual([]);
  });

  it('translates without grammY and without any channel', () => {
    const bad = new Set(['bot', 'channels', 'app', 'store', 'sandbox']);
    expect(inside('i18n').length).toBeGreaterThan(0);
    expect(offenders(inside('i18n'), (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });

  it('keeps each Telegram feature to itself: no feature imports another', () => {
    const featureOf = (path: string) => path.split('/')[2]?.replace(/\.(ts|js)$/, '');
    const crossing = offenders(inside('bot/features'), (f, s) => {
      if (!s.startsWith('.')) return false;
      const target = relative(SRC, join(SRC, f, '..', s))
        .split('\\')
        .join('/');
      return target.startsWith('bot/features/') && featureOf(target) !== featureOf(f);
    });
    expect(crossing.filter((c) => !SHARED_SCREENS.has(c))).toEqual([]);
    // An entry fixed (the screen moved out of the feature) is taken off the list.
    expect([...SHARED_SCREENS].filter((c) => !crossing.includes(c))).toEqual([]);
  });

  it('keeps the store and the outboxes free of channels', () => {
    const bad = new Set(['bot', 'channels', 'app', 'workflows']);
    const lower = [...inside('store'), ...inside('notices'), ...inside('broadcast')];
    expect(offenders(lower, (f, s) => bad.has(layerOf(f, s) ?? ''))).toEqual([]);
  });
});
