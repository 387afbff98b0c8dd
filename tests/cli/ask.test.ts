import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask.js';
import type { CliIo } from '../../src/cli/context.js';

function io(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), env: {} };
}

describe('cunjing ask', () => {
  it('prints the JSON contract for one question', async () => {
    const out = io();
    expect(await askCommand(['俺身份证掉了咋补办', '--json'], out)).toBe(0);
    const result = JSON.parse(out.lines[0] ?? '');
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['topic', 'confidence', 'title', 'answer', 'alternatives']),
    );
    expect(result.topic).toBe('idcard.lost');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.answer).toContain('40');
    expect(result.answer).not.toMatch(/<[a-z]+>|\{[a-z_]+\}/);
    for (const alt of result.alternatives)
      expect(Object.keys(alt).sort()).toEqual(['confidence', 'title', 'topic']);
  });

  it('gives topic null for a question out of scope', async () => {
    const out = io();
    await askCommand(['🙂🙂', '--json'], out);
    expect(JSON.parse(out.lines[0] ?? '')).toMatchObject({ topic: null, answer: '' });
  });

  it('reads one question per line from stdin and prints one JSON object per line', async () => {
    const out = io();
    const stdin = Readable.from(['驾照到期了去哪换\n', '电瓶车咋上牌\n', '\n', 'passport\n']);
    await askCommand(['--json', '--lang', 'en'], out, stdin);
    expect(out.lines).toHaveLength(4);
    const parsed = out.lines.map((l) => JSON.parse(l));
    expect(parsed[0].topic).toBe('driver.renewal');
    expect(parsed[1].topic).toBe('ebike.registration');
    expect(parsed[2].topic).toBeNull();
    expect(parsed[0].title).toMatch(/[A-Za-z]/);
  });

  it('rejects an unknown language', async () => {
    await expect(askCommand(['x', '--lang', 'fr'], io())).rejects.toThrow(/usage/);
  });
});
