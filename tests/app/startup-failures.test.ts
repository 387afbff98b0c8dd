/**
 * Every setting, file or connection an installer can get wrong stops start-up with ONE line that
 * names what to fix, no stack trace, and exit code 1. And a sandbox start never touches a
 * database holding real stations or officers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { startCunjing } from '../helpers/child-process.js';
import { createTestStore, ENGINES, TEST_DATABASE_URL } from '../helpers/store.js';

const TOKEN = '5550001:FAILURES-test-token-000000000000';

/** Runs `main` in this process and returns its exit code and everything it wrote to stderr. */
async function start(env: Record<string, string>) {
  const lines: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => {
    lines.push(String(line));
  });
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(...String(chunk).trimEnd().split('\n'));
    return true;
  });
  try {
    const code = await main(env);
    return { code, lines };
  } finally {
    error.mockRestore();
    write.mockRestore();
  }
}

describe('start-up failures: one line, naming what to fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cunjing-fail-'));
  });

  it.skipIf(!TEST_DATABASE_URL)('PostgreSQL with a user that does not exist', async () => {
    const { code, lines } = await start({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:5432/x',
    });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot open PostgreSQL nobody@127\.0\.0\.1:5432\/x: access was refused \(.*nobody.*\)\. Check DATABASE_URL\.$/,
    );
  });

  it('PostgreSQL that refuses connections', async () => {
    const { code, lines } = await start({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/cunjing',
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Cannot open PostgreSQL postgres@127.0.0.1:1/cunjing: the connection was refused: is the server running, and are host and port right?. Check DATABASE_URL.',
    ]);
    expect(lines[0]).not.toContain('secret');
  });

  it('Redis that cannot be reached', async () => {
    const { code, lines } = await start({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot reach Redis at 127\.0\.0\.1:1 \(.+\): check REDIS_URL and that Redis is running\.$/,
    );
  });

  it('a county file that cannot be read', async () => {
    const { code, lines } = await start({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
      VILLAGES_FILE: join(dir, 'no-such-county.yaml'),
    });
    expect(code).toBe(1);
    const plain = lines.filter((l) => !l.startsWith('{'));
    expect(plain).toEqual([
      `Cannot read the county file ${join(dir, 'no-such-county.yaml')} (no such file): check VILLAGES_FILE.`,
    ]);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('a campaigns file that is not valid YAML', async () => {
    const file = join(dir, 'campaigns.yaml');
    writeFileSync(file, 'campaigns: [\n  - { id: x');
    const { code, lines } = await start({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
      CAMPAIGNS_FILE: file,
    });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
  });

  it.skipIf(!TEST_DATABASE_URL)(
    'as a real process: one line on stderr and exit code 1, no stack trace',
    async () => {
      const bot = startCunjing(['start'], {
        BOT_TOKEN: TOKEN,
        DATABASE_URL: 'postgres://nobody@127.0.0.1:5432/x',
      });
      const { code } = await bot.exited;
      expect(code).toBe(1);
      expect(bot.lines.map((l) => l.raw)).toEqual([
        expect.stringMatching(
          /^Cannot open PostgreSQL nobody@127\.0\.0\.1:5432\/x: .*DATABASE_URL/,
        ),
      ]);
    },
    120_000,
  );
});

describe.each(ENGINES)('a sandbox start against real data, on %s', (engine) => {
  const stores: Array<{ cleanup(): Promise<void> }> = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.cleanup();
  });

  it('is refused with one line, and nothing in the database changes', async () => {
    const real = await createTestStore(engine, { file: true });
    stores.push(real);
    await real.db.updateTable('stations').set({ chat_id: -1001234567890 }).execute();
    await grantOfficer(real.db, 4242, { kind: 'station', code: 'ST-WULAN' }, '真警官');
    const snapshot = async (db: typeof real.db) => {
      const tables = ['stations', 'villages', 'townships', 'county', 'users', 'kv', 'audit_log'];
      const out: Record<string, unknown> = {};
      for (const t of tables)
        out[t] = await db
          .selectFrom(t as 'users')
          .selectAll()
          .execute();
      return JSON.stringify(out);
    };
    const before = await snapshot(real.db);
    await real.close();

    const { code, lines } = await start({ SANDBOX_DATABASE_URL: real.url });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^The sandbox \(no BOT_TOKEN\) will not use .*: it holds real stations or officers\. Set BOT_TOKEN .* SANDBOX_DATABASE_URL/,
    );

    const again = openStore(real.url);
    try {
      expect(await snapshot(again.db)).toBe(before);
    } finally {
      await again.close();
    }
  });
});
