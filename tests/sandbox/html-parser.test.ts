import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/sandbox/api-error.js';
import { parseHtml } from '../../src/sandbox/html-parser.js';

const strict = { strictAmpersand: true };

function parseError(html: string, options = strict): string {
  try {
    parseHtml(html, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).description;
  }
  throw new Error(`expected ${JSON.stringify(html)} to fail`);
}

describe('parseHtml', () => {
  it('turns tags into entities with UTF-16 offsets', () => {
    const parsed = parseHtml(
      '👮 <b>报警</b> <i>110</i> <a href="https://example.org/?a=1&amp;b=2">链接</a>',
    );
    expect(parsed.text).toBe('👮 报警 110 链接');
    expect(parsed.entities).toEqual([
      { type: 'bold', offset: 3, length: 2 },
      { type: 'italic', offset: 6, length: 3 },
      { type: 'text_link', offset: 10, length: 2, url: 'https://example.org/?a=1&b=2' },
    ]);
  });

  it('decodes the entities Telegram knows, including numeric ones', () => {
    expect(parseHtml('&lt;b&gt; &amp; &quot; &#20013; &#x1F46E;', strict).text).toBe(
      '<b> & " 中 👮',
    );
  });

  it('supports pre with a language, spoilers, blockquotes and custom emoji', () => {
    const html =
      '<pre><code class="language-ts">x</code></pre><tg-spoiler>s</tg-spoiler>' +
      '<span class="tg-spoiler">t</span><blockquote expandable>q</blockquote>' +
      '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>';
    expect(parseHtml(html).entities).toEqual([
      { type: 'pre', offset: 0, length: 1, language: 'ts' },
      { type: 'spoiler', offset: 1, length: 1 },
      { type: 'spoiler', offset: 2, length: 1 },
      { type: 'expandable_blockquote', offset: 3, length: 1 },
      { type: 'custom_emoji', offset: 4, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
  });

  it('reports unsupported, unclosed and mismatched tags like Telegram', () => {
    expect(parseError('<foo>x</foo>')).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0',
    );
    expect(parseError('好 <b>bold')).toBe(
      'Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    );
    expect(parseError('<b>x</i>')).toBe(
      'Bad Request: can\'t parse entities: Unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
    );
    expect(parseError('a < b')).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 2',
    );
    expect(parseError('x <b')).toBe(
      "Bad Request: can't parse entities: Unclosed start tag at byte offset 2",
    );
    expect(parseError('</b>')).toContain('Unexpected end tag at byte offset 0');
    expect(parseError('<span>x</span>')).toContain('Tag "span" must have class "tg-spoiler"');
  });

  it('counts byte offsets in UTF-8, as Telegram does', () => {
    expect(parseError('报警<x>')).toContain('Unsupported start tag "x" at byte offset 6');
  });

  it('rejects a bare & in strict mode and passes it through like Telegram otherwise', () => {
    expect(parseError('Tom & Jerry')).toBe(
      'Bad Request: can\'t parse entities: Bare "&" must be written as "&amp;" at byte offset 4',
    );
    expect(parseHtml('Tom & Jerry &lt', { strictAmpersand: false }).text).toBe('Tom & Jerry <');
  });
});
