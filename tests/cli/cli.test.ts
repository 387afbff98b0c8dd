import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/index.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { openStore } from '../../src/store/database.js';
import { countVillages } from '../../src/store/places.repository.js';
import { getUser } from '../../src/store/users.repository.js';

const EXAMPLE = new URL('../../data/county.example.yaml', import.meta.url).pathname;

describe('cunjing CLI', () => {
  let dir: string;
  let io: CliIo & { lines: string[]; errors: string[] };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const lines: string[] = [];
    const errors: string[] = [];
    io = {
      lines,
      errors,
      out: (l) => lines.push(l),
      err: (l) => errors.push(l),
      env: { DATABASE_URL: `sqlite:${join(dir, 'c.db')}` },
    };
  });
  afterEach(() => {});

  async function inStore<T>(
    work: (db: ReturnType<typeof openStore>['db']) => Promise<T>,
  ): Promise<T> {
    const store = openStore(io.env.DATABASE_URL ?? '');
    try {
      return await work(store.db);
    } finally {
      await store.close();
    }
  }

  it('prints usage for no command, and exits 2 for an unknown one', async () => {
    expect(await runCli([], io)).toBe(2);
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.lines.join('\n')).toContain('villages import');
  });

  it('migrates, then imports villages', async () => {
    expect(await runCli(['migrate'], io)).toBe(0);
    expect(io.lines.at(-1)).toContain('2026-11-23-foundation');
    expect(await runCli(['villages', 'import', EXAMPLE], io)).toBe(0);
    expect(io.lines.at(-1)).toContain('12 villages');
    expect(await inStore((db) => countVillages(db))).toBe(12);
  });

  it('refuses a broken villages file with a message naming the entry', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      readFileSync(EXAMPLE, 'utf8').replace(
        'township: T-XINMIN\n    name: { zh-CN: 河南村',
        'township: T-NOWHERE\n    name: { zh-CN: 河南村',
      ),
    );
    expect(await runCli(['villages', 'import', file], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(/village "xm-henan" names unknown township "T-NOWHERE"/);
    writeFileSync(file, 'county: [unclosed');
    expect(await runCli(['villages', 'import', file], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(/not valid YAML/);
  });

  it('adds, lists and removes officers, and audits it', async () => {
    await runCli(['villages', 'import', EXAMPLE], io);
    expect(
      await runCli(['officers', 'add', '200001', '--station', 'ST-WULAN', '--name', '李警官'], io),
    ).toBe(0);
    expect(await runCli(['officers', 'add', '200002', '--township', 'T-NOPE'], io)).toBe(2);
    expect(io.errors.at(-1)).toContain('unknown township');
    expect(await runCli(['officers', 'add', 'abc', '--station', 'ST-WULAN'], io)).toBe(2);
    expect(await runCli(['officers', 'list'], io)).toBe(0);
    expect(io.lines.at(-1)).toBe('200001\tstation:ST-WULAN\t李警官');
    expect(await inStore((db) => getUser(db, 200001))).toMatchObject({ role: 'officer' });
    expect(await runCli(['officers', 'remove', '200001'], io)).toBe(0);
    expect(await runCli(['officers', 'remove', '200001'], io)).toBe(1);
    const audit = await inStore((db) => listAudit(db, { subject: 'user:200001' }));
    expect(audit.map((a) => a.action)).toEqual(['officer.grant', 'officer.revoke']);
  });

  it('writes a printable QR code PNG with the village deep link', async () => {
    await runCli(['villages', 'import', EXAMPLE], io);
    const out = join(dir, 'hongqi.png');
    expect(await runCli(['qr', 'wl-hongqi', '--out', out, '--bot', 'cunjing_bot'], io)).toBe(0);
    expect(io.lines.join('\n')).toContain('https://t.me/cunjing_bot?start=v_wl-hongqi');
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000); // width: large enough to print
    expect(await runCli(['qr', 'nowhere', '--out', join(dir, 'x.png')], io)).toBe(1);
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
  });
});
