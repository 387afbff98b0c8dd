import { describe, expect, it } from 'vitest';
import { analyseMessage } from '../../../src/domain/fraud/index.js';
import { phraseQuote, quotesToShow } from '../../../src/domain/fraud/quote-selection.js';

const quotes = (text: string) =>
  quotesToShow(text, analyseMessage(text).signals).map((s) => s.quote);

describe('quotes shown to the villager', () => {
  it('never crosses a phrase boundary, and finishes a phrase cut short', () => {
    const text = '等下会收到一个验证码，您把验证码告诉我就行。';
    expect(phraseQuote(text, 7, 17)).toBe('您把验证码告诉我就行');
    const shown = quotes(`您好，我是农业局的，您的种粮补贴马上要发到您卡上了，${text}`);
    expect(shown).toContain('您把验证码告诉我就行');
    expect(shown.every((q) => !/[，。]/.test(q))).toBe(true);
  });

  it('quotes nested words once, under the flag that weighs most', () => {
    const shown = quotes('您的种粮补贴马上要发到您卡上了');
    expect(shown).not.toContain('马上');
    const police = quotes('【公安局】您涉嫌洗钱，请立即将资金转入安全账户配合调查，不要告诉家人。');
    expect(police).toContain('安全账户');
    expect(police).not.toContain('转入安全账户');
  });

  it('stops a rule quote where a link begins; the link is quoted whole under its own flag', () => {
    const shown = quotes('请访问 http://ybj-gov.cn/login 领取补贴');
    expect(shown).toContain('http://ybj-gov.cn/login');
    expect(shown).not.toContain('访问 http');
  });
});
