import { describe, expect, it, vi } from 'vitest';
import { loadRender } from './fake-dom.js';

const render = loadRender();

describe('webchat-render.js', () => {
  it('puts message text on the page as text, never as markup', () => {
    const html = String(render.richText('注意 <script>alert(1)</script> &amp;'));
    expect(html).toBe('注意 &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;');
  });

  it('rebuilds formatting from entities, with UTF-16 offsets', () => {
    const html = String(
      render.richText('👮 报警 110', [
        { type: 'bold', offset: 3, length: 2 },
        { type: 'code', offset: 6, length: 3 },
      ]),
    );
    expect(html).toBe('👮 <b>报警</b> <code>110</code>');
  });

  it('splits overlapping entities so the DOM stays a tree', () => {
    const html = String(
      render.richText('abcdef', [
        { type: 'bold', offset: 0, length: 4 },
        { type: 'italic', offset: 2, length: 4 },
      ]),
    );
    expect(html).toBe('<b>ab<i>cd</i></b><i>ef</i>');
  });

  it('links only to safe schemes, opening them without an opener', () => {
    const html = String(
      render.richText('好 坏', [
        { type: 'text_link', offset: 0, length: 1, url: 'https://example.org/' },
        { type: 'text_link', offset: 2, length: 1, url: 'javascript:alert(1)' },
      ]),
    );
    expect(html).toBe(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">好</a> ' +
        '<span title="javascript:alert(1)">坏</span>',
    );
  });

  it('renders inline buttons that report presses, and disables unsafe URL buttons', () => {
    const onPress = vi.fn();
    const bubble = render.renderMessage(
      {
        message_id: 7,
        from: 'bot',
        senderName: '村警通',
        date: 1_700_000_000,
        text: '请选择',
        entities: [],
        reply_markup: {
          inline_keyboard: [
            [{ text: '中文', callback_data: 'lang:zh' }],
            [{ text: '坏链接', url: 'javascript:alert(1)' }],
          ],
        },
      },
      new Map(),
      { viewerId: 100001, group: false, onPress },
    );
    const buttons = bubble.findAll('button');
    expect(buttons.map((b) => String(b.children[0]))).toEqual(['中文', '坏链接']);
    buttons[0]?.listeners.get('click')?.();
    expect(onPress).toHaveBeenCalledWith(7, 'lang:zh');
    expect(buttons[1]?.attributes.has('disabled')).toBe(true);
    expect(bubble.findAll('a')).toEqual([]);
  });
});
