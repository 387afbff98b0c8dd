/**
 * A station PC whose network cannot reach Telegram: the bot says so in one clear line within
 * seconds, keeps retrying with backoff, reports it on /healthz, and stops cleanly on SIGTERM.
 * Drives a real child process and waits on its log lines.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CunjingProcess, startCunjing } from '../helpers/child-process.js';

const UNREACHABLE = 'http://127.0.0.1:9';
const cannotReach = (l: { msg?: string }) => /cannot be reached/.test(l.msg ?? '');

describe('start-up when Telegram cannot be reached', () => {
  let bot: CunjingProcess | undefined;
  afterEach(() => {
    if (bot?.child.exitCode === null) bot.child.kill('SIGKILL');
  });

  it('says why in one line, retries with backoff, reports it on /healthz, and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-unreachable-'));
    bot = startCunjing(['start'], {
      BOT_TOKEN: '5550001:UNREACHABLE-test-token-00000000',
      TELEGRAM_API_ROOT: UNREACHABLE,
      DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
      HEALTH_PORT: '0',
    });
    await bot.waitForLine((l) => l.msg === 'starting');
    const first = await bot.waitForLine(cannotReach);
    expect(first.level).toBe('warn');
    expect(first.msg).toMatch(
      /^Telegram Bot API at http:\/\/127\.0\.0\.1:9 cannot be reached: connection refused \(ECONNREFUSED\); retrying with backoff/,
    );
    expect(first.raw).not.toContain('UNREACHABLE-test-token');
    // Said at once: after the very first try, before any backoff wait (no clock read here).
    expect(first.msg).toContain('(next try in 1 s, attempt 1)');

    // It says so again, later, with a longer wait before the next try.
    const second = await bot.waitForLine((l) => cannotReach(l) && l !== first);
    const nextTry = (l: { msg?: string }) => Number(/next try in (\d+) s/.exec(l.msg ?? '')?.[1]);
    expect(nextTry(second)).toBeGreaterThan(nextTry(first));

    const listening = await bot.waitForLine((l) => l.msg === 'health server listening');
    const health = await fetch(listening.url as string);
    expect(health.status).toBe(503);
    const body = (await health.json()) as {
      status: string;
      checks: Record<string, { ok: boolean; error?: string }>;
    };
    expect(body.status).toBe('failing');
    expect(body.checks.database?.ok).toBe(true);
    expect(body.checks.sessions?.ok).toBe(true);
    expect(body.checks.telegram).toMatchObject({
      ok: false,
      error: 'connection refused (ECONNREFUSED)',
    });

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(bot.lines.map((l) => l.raw).join('\n')).not.toMatch(/\n\s+at /);
  }, 120_000);
});
