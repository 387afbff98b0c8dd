import { describe, expect, it } from 'vitest';
import { splitHtmlMessage, visibleLength } from '../../src/bot/split-message.js';

describe('splitting long answers', () => {
  it('counts what Telegram displays: tags removed, entities as one character', () => {
    expect(visibleLength('<b>a &amp; b</b>')).toBe(5);
  });

  it('leaves a short message whole', () => {
    expect(splitHtmlMessage('<b>x</b>\ny')).toEqual(['<b>x</b>\ny']);
  });

  it('splits between lines, each part within the limit and with balanced tags', () => {
    const line = `<b>标题</b> ${'字'.repeat(900)} &amp;`;
    const html = Array.from({ length: 12 }, () => line).join('\n');
    const parts = splitHtmlMessage(html);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(visibleLength(part)).toBeLessThanOrEqual(4096);
      expect(part.match(/<b>/g)?.length).toBe(part.match(/<\/b>/g)?.length);
    }
    expect(parts.join('\n')).toBe(html);
  });

  it('cuts a single overlong line as plain text without breaking an entity', () => {
    const html = `<i>${'a&amp;'.repeat(3000)}</i>`;
    const parts = splitHtmlMessage(html);
    for (const part of parts) {
      expect(visibleLength(part)).toBeLessThanOrEqual(4096);
      expect(part).not.toMatch(/&(?!amp;)/);
      expect(part).not.toContain('<i>');
    }
  });
});
