/**
 * Telegram's drawing of a stored broadcast: the same card villagers got when the outbox stored
 * HTML (header, one line per part with its label in bold, notes after a blank line), with every
 * piece of data escaped, whatever the library or an officer typed.
 */
import { describe, expect, it } from 'vitest';
import { broadcastHtml, telegramBroadcastRenderer } from '../../src/bot/broadcasts/outbox-html.js';
import { type AwarenessItem, loadAwarenessLibrary } from '../../src/domain/awareness/library.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { describeTip } from '../../src/workflows/awareness/describe-tip.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';

const translate = createTranslate(LOCALES_DIR);
const render = telegramBroadcastRenderer(translate);
const library = loadAwarenessLibrary(LOCALES_DIR);
/** As the outbox hands it to the renderer: through JSON, like the database column. */
const stored = (locale: string, message: object) => JSON.parse(JSON.stringify({ locale, message }));

describe('a stored broadcast drawn for Telegram', () => {
  it('a legal item: its text under the header, the basis labelled in bold, the footer apart', () => {
    const item = library.at('legal', 0, 'zh-CN') as AwarenessItem;
    const [text, basis] = item.parts.map((p) => p.text);
    expect(render(stored('zh-CN', describeTip('legal', item, 'zh-CN')))).toEqual({
      text: [
        `⚖️ <b>普法小课堂：${item.title}</b>`,
        text,
        `<b>依据：</b>${basis}`,
        '',
        '<i>不想收这类提醒？点“👤 我的” → “提醒设置”。</i>',
      ].join('\n'),
      parseMode: 'HTML',
    });
  });

  it('says so when the item is not yet translated, and escapes every piece of data', () => {
    const item: AwarenessItem = {
      ...(library.at('antifraud', 0, 'zh-CN') as AwarenessItem),
      title: '<script>“刷单” & 返利</script>',
      parts: [
        { label: 'pattern', text: '说“<b>稳赚</b>”&amp;' },
        { label: 'text', text: 'a < b > c' },
      ],
    };
    const { text } = render(stored('en', describeTip('antifraud', item, 'en')));
    expect(text).toBe(
      [
        "🛡️ <b>Today's anti-fraud tip: &lt;script&gt;“刷单” &amp; 返利&lt;/script&gt;</b>",
        '<b>What scammers say:</b>说“&lt;b&gt;稳赚&lt;/b&gt;”&amp;amp;',
        'a &lt; b &gt; c',
        '',
        '<i>(The details are in Chinese for now.)</i>',
        '',
        "<i>Don't want these? Tap “👤 Mine” → “Reminders”.</i>",
      ].join('\n'),
    );
  });

  it('an officer’s words stand after the header, shown literally; a Mongolian reader gets theirs', () => {
    const texts = { 'zh-CN': '今晚 <暴雨>，别出门 & 注意安全', mn: 'ᠪᠣᠷᠤᠭ᠎ᠠ <x>' } as const;
    expect(broadcastHtml(translate, 'zh-CN', { kind: 'traffic', texts })).toBe(
      '🚗 <b>交通安全提醒</b>\n\n今晚 &lt;暴雨&gt;，别出门 &amp; 注意安全',
    );
    expect(broadcastHtml(translate, 'mn', { kind: 'traffic', texts })).toMatch(
      /^🚗 <b>[\u1800-\u18AF ᠎]+<\/b>\n\nᠪᠣᠷᠤᠭ᠎ᠠ &lt;x&gt;$/,
    );
  });

  it('refuses a description that is not a described message, saying what it should be', () => {
    expect(() => render({ locale: 'zh-CN', message: { text: '<b>hi</b>' } })).toThrow(
      /no blocks; it should be \{ locale, message: Described \}/,
    );
  });
});
