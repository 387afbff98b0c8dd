import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask.js';
import type { CliIo } from '../../src/cli/context.js';
import { createTestStore } from '../helpers/store.js';

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

  it('gives topic null whenever the bot would say "not sure", and still names the band', async () => {
    const out = io();
    const stdin = Readable.from(['社保卡丢了咋办\n', '你是机器人吗\n', '明天天气咋样\n']);
    await askCommand(['--json'], out, stdin);
    const parsed = out.lines.map((l) => JSON.parse(l));
    for (const r of parsed) expect(r).toMatchObject({ topic: null, band: 'low', answer: '' });
    expect(parsed[1].smallTalk).toBe(true);
  });

  it('answers with the short form first', async () => {
    const out = io();
    await askCommand(['俺娘身份证丢了咋办', '--json'], out);
    const result = JSON.parse(out.lines[0] ?? '');
    expect(result).toMatchObject({ topic: 'idcard.lost', band: 'high' });
    expect(result.short).toContain('📄');
    expect(result.short.length).toBeLessThan(result.answer.length);
  });

  it('prints its usage for --help instead of a stack trace', async () => {
    const out = io();
    expect(await askCommand(['--help'], out)).toBe(0);
    expect(out.lines.join('\n')).toMatch(/^usage: cunjing ask/);
    await expect(askCommand(['--nope'], io())).rejects.toThrow(/usage: cunjing ask/);
  });

  it('answers as a village resident sees it with --village', async () => {
    const store = await createTestStore('sqlite', { file: true });
    try {
      const out = { ...io(), env: { DATABASE_URL: store.url } };
      await askCommand(['老人去世了户口咋销', '--village', 'xm-taiping', '--json'], out);
      const result = JSON.parse(out.lines[0] ?? '');
      expect(result.topic).toBe('hukou.cancel');
      expect(result.answer).toContain('新民派出所');
      expect(result.answer).not.toContain('请先打电话问清楚');
      await expect(
        askCommand(['x', '--village', 'nowhere'], { ...io(), env: { DATABASE_URL: store.url } }),
      ).rejects.toThrow(/no village "nowhere"/);
    } finally {
      await store.cleanup();
    }
  });

  it('rejects an unknown language', async () => {
    await expect(askCommand(['x', '--lang', 'fr'], io())).rejects.toThrow(/usage/);
  });
});
