import { describe, expect, it } from 'vitest';
import { parseLegacyMarkdown } from '../../src/sandbox/markdown-legacy-parser.js';
import { parseMarkdownV2 } from '../../src/sandbox/markdown-v2-parser.js';

describe('parseMarkdownV2', () => {
  it('parses entities and escapes', () => {
    const parsed = parseMarkdownV2(
      '*粗* _i_ __u__ ~s~ ||sp|| `c` [link](https://x.org/a\\)b) 1\\.5',
    );
    expect(parsed.text).toBe('粗 i u s sp c link 1.5');
    expect(parsed.entities.map((e) => e.type)).toEqual([
      'bold',
      'italic',
      'underline',
      'strikethrough',
      'spoiler',
      'code',
      'text_link',
    ]);
    expect(parsed.entities[6]).toMatchObject({ url: 'https://x.org/a)b' });
  });

  it('keeps the language of a pre block', () => {
    expect(parseMarkdownV2('```python\nprint(1)\n```')).toEqual({
      text: 'print(1)\n',
      entities: [{ type: 'pre', offset: 0, length: 9, language: 'python' }],
    });
  });

  it('rejects unescaped reserved characters and unclosed entities', () => {
    expect(() => parseMarkdownV2('价格 1.5')).toThrow(
      "can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    expect(() => parseMarkdownV2('*bold')).toThrow(
      "can't parse entities: Can't find end of Bold entity at byte offset 0",
    );
  });
});

describe('parseLegacyMarkdown', () => {
  it('parses the four legacy entities', () => {
    const parsed = parseLegacyMarkdown('*b* _i_ `c` [t](https://x.org)');
    expect(parsed.text).toBe('b i c t');
    expect(parsed.entities.map((e) => e.type)).toEqual(['bold', 'italic', 'code', 'text_link']);
    expect(() => parseLegacyMarkdown('*open')).toThrow("Can't find end of the entity");
  });
});
