import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFtl } from '../../scripts/locale-markup.js';
import { markupProblems } from '../../src/bot/locale-check.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';
import { createPlainTranslate } from '../../src/channels/wechat/texts.js';
import { createTranslate } from '../../src/i18n/translate.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';

/** A locales directory with the same `a.ftl` in every language. */
function localesWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'markup-'));
  for (const l of ['zh-CN', 'en', 'mn']) {
    mkdirSync(join(dir, l));
    writeFileSync(join(dir, l, 'a.ftl'), source);
  }
  return dir;
}

describe('locale files hold no channel markup', () => {
  it('no .ftl file has an HTML tag or entity, or calls a function no channel renders', () => {
    const problems: string[] = [];
    for (const lang of readdirSync(LOCALES_DIR)) {
      const dir = join(LOCALES_DIR, lang);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
        const source = readFileSync(join(dir, file), 'utf8');
        expect(source).not.toMatch(/<(b|i|u|s|code|pre|a)[ >]|<\//);
        problems.push(...markupProblems(join(dir, file), source));
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check names a tag, an entity and an unknown function, and how to fix them', () => {
    const problems = markupProblems(
      'x.ftl',
      'a = <b>粗</b>\nb = 甲 &amp; 乙\nc = { BOLD("x") }\nd = { B("ok") } { NUMBER($n) }\n',
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/x\.ftl:1: "<b>" is channel markup.*locale-markup\.ts/);
    expect(problems[1]).toMatch(/x\.ftl:2: "&amp;"/);
    expect(problems[2]).toMatch(/"c" calls BOLD\(\), which no channel renders/);
  });
});

describe('one key, each channel its own emphasis', () => {
  const telegram = createTranslate(LOCALES_DIR);
  const web = createWebTranslate(LOCALES_DIR);
  const wechat = createPlainTranslate(LOCALES_DIR);

  it('a report number is bold on Telegram and plain on the web and WeChat', () => {
    const vars = { reference: 'R-7&<x>' };
    expect(telegram('zh-CN', 'report-already-submitted', vars)).toBe(
      '这份反映已经提交过了，编号 <b>R-7&amp;&lt;x&gt;</b>。',
    );
    expect(web('zh-CN', 'report-already-submitted', vars)).toBe(
      '这份反映已经提交过了，编号 R-7&<x>。',
    );
    expect(wechat('zh-CN', 'report-already-submitted', vars)).toBe(
      '这份反映已经提交过了，编号 R-7&<x>。',
    );
  });

  it('italic, code and a mention in every language', () => {
    expect(telegram('en', 'whoami', { id: 42 })).toMatch(
      /^Your numeric Telegram id: <code>42<\/code>\n/,
    );
    expect(web('en', 'whoami', { id: 42 })).toMatch(/^Your numeric Telegram id: 42\n/);
    const ask = {
      id: 3,
      village: '红旗村',
      township: '乡',
      topic: 't',
      question: 'q',
      shared: 'yes',
      askerId: '1001',
      askerName: '王<大妈>',
    };
    expect(telegram('mn', 'ask-to-officer', ask)).toContain(
      '<a href="tg://user?id=1001">王&lt;大妈&gt;</a>',
    );
    expect(telegram('en', 'ask-to-officer', { ...ask, askerId: 1001 })).toContain(
      '<a href="tg://user?id=1001">',
    );
    expect(web('mn', 'ask-to-officer', ask)).toContain('王<大妈>');
    expect(web('mn', 'ask-to-officer', ask)).not.toMatch(/<a |<i>|<b>/);
    expect(telegram('zh-CN', 'services-in-chinese')).toBe('<i>（以下详细内容暂时只有中文。）</i>');
    expect(wechat('zh-CN', 'services-in-chinese')).toBe('（以下详细内容暂时只有中文。）');
  });

  it('escapes the files’ own words for Telegram once, never a variable twice', () => {
    const dir = localesWith(
      [
        'mixed = 甲 & 乙 { B("编号 ", $ref, " <新>") } { I("说 \\"好\\" \\\\ 了") }',
        'nested = { B("a ", I("b & c"), " ", CODE($n)) }',
        'link = { LINK("https://example.org/?a=1&b=2", "看 ", $name) } { LINK($url) }',
      ].join('\n'),
    );
    const tg = createTranslate(dir);
    const plain = createWebTranslate(dir);
    const vars = { ref: 'R&D', n: 1234, name: '<张>', url: 'https://x.cn/?q="1"' };
    expect(tg('zh-CN', 'mixed', vars)).toBe(
      '甲 &amp; 乙 <b>编号 R&amp;D &lt;新&gt;</b> <i>说 "好" \\ 了</i>',
    );
    expect(plain('zh-CN', 'mixed', vars)).toBe('甲 & 乙 编号 R&D <新> 说 "好" \\ 了');
    expect(tg('en', 'nested', vars)).toBe('<b>a <i>b &amp; c</i> <code>1,234</code></b>');
    expect(plain('en', 'nested', vars)).toBe('a b & c 1,234');
    expect(tg('en', 'link', vars)).toBe(
      '<a href="https://example.org/?a=1&amp;b=2">看 &lt;张&gt;</a> <a href="https://x.cn/?q=&quot;1&quot;">https://x.cn/?q="1"</a>',
    );
    expect(plain('en', 'link', vars)).toBe(
      '看 <张> (https://example.org/?a=1&b=2) https://x.cn/?q="1"',
    );
  });
});

describe('scripts/locale-markup.ts', () => {
  it('turns tags into markup functions, one span for mixed content', () => {
    const { text, problems } = convertFtl(
      [
        '# 说明：<b> 不再使用',
        'a = ✅ 已提交，编号 <b>{ $reference }</b>。',
        'b = <b>编号 { $reference }</b> · <i>说 "好" \\ 了</i>',
        'c = <b>a <i>b</i> <code>{ $id }</code></b> &amp; <b></b>',
        'd =',
        '    📨 <b>提问 #{ $id }</b>',
        '    提问人：{ $shared ->',
        '        [yes] <a href="tg://user?id={ $askerId }">{ $askerName }</a>',
        '       *[no] <i>未留名字</i>',
        '    }',
        'e = <a href="https://example.org/?a=1&amp;b=2">看</a> <a href="{ $url }">{ $url }</a>',
        '    .title = <b>标题</b>',
        '',
      ].join('\n'),
    );
    expect(text.split('\n')).toEqual([
      '# 说明：<b> 不再使用',
      'a = ✅ 已提交，编号 { B($reference) }。',
      'b = { B("编号 ", $reference) } · { I("说 \\"好\\" \\\\ 了") }',
      'c = { B("a ", I("b"), " ", CODE($id)) } & ',
      'd =',
      '    📨 { B("提问 #", $id) }',
      '    提问人：{ $shared ->',
      '        [yes] { MENTION($askerId, $askerName) }',
      '       *[no] { I("未留名字") }',
      '    }',
      'e = { LINK("https://example.org/?a=1&b=2", "看") } { LINK($url, $url) }',
      '    .title = { B("标题") }',
      '',
    ]);
    expect(problems).toEqual(['line 1: a comment mentions an HTML tag']);
    // Re-running changes nothing.
    expect(convertFtl(text).text).toBe(text);
  });

  it('leaves a line it cannot convert and says why', () => {
    const source = [
      'a = <b>跨行',
      '    文字</b>',
      'b = <b>{ $n ->',
      '    *[other] x',
      '  }</b>',
      'c = <u>下划线</u>',
      'c2 = <b>ok</i>',
      'd = <a href="https://x/{ $id }">x</a>',
    ].join('\n');
    const { text, problems } = convertFtl(source);
    expect(text).toBe(source);
    expect(problems).toEqual([
      'line 1: <b> is not closed on its line',
      'line 2: </b> does not close <…>',
      'line 3: <b> is not closed on its line',
      'line 5: </b> does not close <…>',
      'line 6: no markup function for <u>',
      'line 7: </i> does not close <b>',
      'line 8: cannot convert the link https://x/{ $id }',
    ]);
  });

  it('the converted files read as the Telegram HTML they replaced', () => {
    // One line per tag kind, rendered through the bot's translator.
    const dir = localesWith(
      convertFtl(
        'x = 🏢 <b>{ $station }</b> · <i>提示</i> <code>{ $id }</code> <b>数 { $n } 条</b>\n',
      ).text,
    );
    expect(createTranslate(dir)('zh-CN', 'x', { station: 'A&B', id: 7, n: 2 })).toBe(
      '🏢 <b>A&amp;B</b> · <i>提示</i> <code>7</code> <b>数 2 条</b>',
    );
  });
});
