/**
 * The sandbox keeps to its own database, and the production start path never loads the emulator.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/database.js';
import { freePort } from '../helpers/free-port.js';
import { createTestStore } from '../helpers/store.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Files reachable from `entry` through static imports (dynamic `import()` is not followed). */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
    const target = resolve(dirname(entry), (match[1] as string).replace(/\.js$/, '.ts'));
    staticImports(target, seen);
  }
  return seen;
}

describe('the sandbox and real data', () => {
  it('never loads the emulator on the production start path', () => {
    const reached = [...staticImports(join(SRC, 'main.ts'))].map((f) => f.slice(SRC.length + 1));
    expect(reached).toContain('app/start.ts');
    expect(reached.filter((f) => f.startsWith('sandbox/') || f === 'app/sandbox.ts')).toEqual([]);
  });

  it('uses its own database, never DATABASE_URL', async () => {
    const real = await createTestStore('sqlite', { file: true });
    await real.db.updateTable('stations').set({ chat_id: -1001234567890 }).execute();
    const before = JSON.stringify(await real.db.selectFrom('stations').selectAll().execute());
    await real.close();
    const sandboxUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'cunjing-sb-')), 'sandbox.db')}`;
    const config = loadConfig(
      {
        DATABASE_URL: real.url,
        SANDBOX_DATABASE_URL: sandboxUrl,
        SANDBOX_PORT: String(await freePort()),
      },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    try {
      expect(app.sandbox).not.toBeNull();
    } finally {
      await app.stop();
    }
    const realAfter = openStore(real.url);
    const sandbox = openStore(sandboxUrl);
    try {
      expect(JSON.stringify(await realAfter.db.selectFrom('stations').selectAll().execute())).toBe(
        before,
      );
      const chats = await sandbox.db.selectFrom('stations').select('chat_id').execute();
      expect(chats.map((s) => s.chat_id)).toContain(-100100);
    } finally {
      await realAfter.close();
      await sandbox.close();
    }
    // Started again, the sandbox recognises its own database.
    const again = await startApp(config, { logger: createMemoryLogger() });
    await again.stop();
  }, 60_000);
});
