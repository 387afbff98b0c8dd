/**
 * An admin edits the knowledge base, the awareness library or the fraud rules on the station PC
 * and makes a mistake. The next start must stop with one line naming the file, not serve
 * villagers and fail the first one who asks. Runs the compiled program from a copy of the
 * project whose content files can be broken without touching the real ones.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startCunjing } from '../helpers/child-process.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const TOKEN = '5550001:CONTENT-test-token-0000000000000';

/** A runnable copy of the compiled project: bin, dist, locales, data; node_modules linked. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-content-'));
  for (const part of ['bin', 'dist', 'locales', 'data', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function startIn(dir: string) {
  const bot = startCunjing(
    ['start'],
    {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
      VILLAGES_FILE: join(dir, 'data/county.example.yaml'),
      CAMPAIGNS_FILE: join(dir, 'data/campaigns.yaml'),
    },
    { bin: join(dir, 'bin/cunjing.js') },
  );
  const { code } = await bot.exited;
  const raw = bot.lines.map((l) => l.raw);
  return { code, raw, problems: bot.lines.filter((l) => !l.raw.startsWith('{')) };
}

describe('a broken content file stops start-up with one line naming it', () => {
  beforeAll(() => {
    // The copy runs dist/; bring it up to date with the sources first.
    execFileSync(process.execPath, [join(ROOT, 'bin/build.js'), '--if-stale'], { cwd: ROOT });
  }, 180_000);

  it('a knowledge-base file that is not valid YAML', async () => {
    const dir = projectCopy();
    const file = join(dir, 'locales/zh-CN/services/idcard.yaml');
    appendFileSync(file, '\n  - id: [unclosed\n');
    const { code, raw, problems } = await startIn(dir);
    expect(code).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.raw).toContain('idcard.yaml');
    expect(raw.join('\n')).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('an awareness library file with a missing field', async () => {
    const dir = projectCopy();
    const file = join(dir, 'locales/zh-CN/awareness/antifraud.yaml');
    writeFileSync(file, 'items:\n  - id: broken-item\n');
    const { code, raw, problems } = await startIn(dir);
    expect(code).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.raw).toContain('antifraud.yaml');
    expect(raw.join('\n')).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('a fraud rule whose pattern is not allowed', async () => {
    const dir = projectCopy();
    const file = join(dir, 'data/fraud/rules.yaml');
    // Unbounded repetition is refused by the rule compiler (it could make checks slow).
    const broken = readFileSync(file, 'utf8').replace(
      /patterns:\n( *)- /,
      'patterns:\n$1- "(a+)+"\n$1- ',
    );
    expect(broken).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, broken);
    const { code, raw, problems } = await startIn(dir);
    expect(code).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.raw).toContain('rules.yaml');
    expect(problems[0]?.raw).toContain('unbounded repetition');
    expect(raw.join('\n')).not.toMatch(/\n\s+at /);
  }, 30_000);
});
