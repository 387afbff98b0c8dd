/**
 * The public contract of `checkMessage` (what `cunjing check --json` prints), the languages, the
 * quoting of the villager's own words, and awkward input.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseMessage,
  type BlocklistLookup,
  checkMessage,
  MAX_CHECK_CHARS,
} from '../../../src/domain/fraud/index.js';

const SCAM = '我是县公安局的民警，你的银行卡涉嫌洗钱，请把存款转到安全账户配合调查，不要告诉家人。';

describe('the contract', () => {
  it('returns exactly risk, type, signals and advice', () => {
    const result = checkMessage(SCAM);
    expect(Object.keys(result).sort()).toEqual(['advice', 'risk', 'signals', 'type']);
    expect(result.risk).toBe('high');
    expect(result.type).toBe('impersonate-authority');
    for (const s of result.signals) {
      expect(Object.keys(s).sort()).toEqual(['explanation', 'id', 'quote']);
      expect(SCAM).toContain(s.quote);
      expect(s.explanation.length).toBeGreaterThan(0);
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('advises what to do, and what to do if money already went', () => {
    const { advice } = checkMessage(SCAM);
    expect(advice).toContain('96110');
    expect(advice).toContain('110');
    expect(advice).toContain('银行');
  });

  it('never calls a message safe', () => {
    const result = checkMessage('今晚吃饺子，早点回来。');
    expect(result).toMatchObject({ risk: 'none', type: null, signals: [] });
    expect(result.advice).toContain('未发现明显风险');
    expect(result.advice).not.toMatch(/^安全|是安全的/);
  });

  it('speaks English and traditional Mongolian script when asked', () => {
    const en = checkMessage(SCAM, { lang: 'en' });
    expect(en.advice).toMatch(/110/);
    expect(en.signals[0]?.explanation).toMatch(/[a-z]/);
    const mn = checkMessage(SCAM, { lang: 'mn' });
    expect(mn.advice).toMatch(/[\u1820-\u18aa]/);
    for (const s of mn.signals) expect(s.explanation).toMatch(/[\u1820-\u18aa]/);
    // The quotes stay the villager's own words whatever the language.
    expect(mn.signals.map((s) => s.quote)).toEqual(en.signals.map((s) => s.quote));
  });
});

describe('signals combine', () => {
  it('treats a claim of authority alone as weak', () => {
    expect(checkMessage('您好，我是县公安局的民警。').risk).toBe('none');
  });

  it('rates authority plus a threat as suspicious, and adding a safe account as high', () => {
    const threat = '您好，我是县公安局的民警，你的银行卡涉嫌洗钱。';
    expect(checkMessage(threat).risk).toBe('suspicious');
    expect(checkMessage(`${threat}请把钱转到安全账户。`).risk).toBe('high');
  });

  it('rates a bait with a hand-over high without a named sender, and the bait alone below it', () => {
    const prize = '恭喜您中了二等奖，奖品是一台电视机';
    expect(checkMessage(`${prize}。`).risk).not.toBe('high');
    expect(checkMessage(`${prize}，扫码支付运费后寄出。`).risk).toBe('high');
    expect(
      checkMessage(
        'Your grant of $5,000 is ready to claim. Send us your card number to receive it.',
      ).risk,
    ).toBe('high');
  });

  it('shows the working: score and the combinations that counted', () => {
    const a = analyseMessage(SCAM);
    expect(a.combos).toContain('claim+ask');
    expect(a.score).toBeGreaterThanOrEqual(7);
    expect(a.typeScores['impersonate-authority']).toBeGreaterThan(0);
  });
});

describe('quotes come from the original message', () => {
  it('quotes spaced-out and traditional writing as it was sent', () => {
    const text = '请把钱转到安 全 帳 戶，驗-證-碼发给我';
    const quotes = checkMessage(text).signals.map((s) => s.quote);
    expect(quotes).toContain('安 全 帳 戶');
    expect(quotes.some((q) => q.includes('驗-證-碼'))).toBe(true);
  });

  it('quotes full-width text as it was sent', () => {
    const text = '请下载ＡＰＰ，开启屏幕共享';
    const quotes = checkMessage(text).signals.map((s) => s.quote);
    expect(quotes.some((q) => q.includes('ＡＰＰ'))).toBe(true);
    expect(quotes).toContain('屏幕共享');
  });

  it('gives positions that point at the quote', () => {
    const text = '【通知】您好，这里是社保局，请把验证码发给我核对';
    for (const s of analyseMessage(text).signals)
      expect(text.slice(s.start, s.end).trim()).toBe(s.quote);
  });
});

describe('the blocklist', () => {
  const reports: BlocklistLookup = (kind, value) =>
    kind === 'phone' && value === '13912345678' ? { count: 3 } : undefined;

  it('says how often a number was reported, whatever way it was written, and calls it high', () => {
    const result = checkMessage('有事打我电话 +86 139-1234-5678', { blocklist: reports });
    const hit = result.signals.find((s) => s.id === 'reported-phone');
    expect(hit?.quote).toBe('+86 139-1234-5678');
    expect(hit?.explanation).toContain('3');
    // Officers confirmed this number as fraud: that alone is enough (issue 11).
    expect(result.risk).toBe('high');
  });

  it('fills in the count in every language', () => {
    for (const lang of ['zh-CN', 'en', 'mn'] as const) {
      const result = checkMessage('13912345678', { blocklist: reports, lang });
      expect(result.signals[0]?.explanation).toMatch(/3/);
      expect(result.signals[0]?.explanation).not.toContain('{count}');
    }
  });

  it('is optional', () => {
    expect(checkMessage('有事打我电话 13912345678').risk).toBe('none');
  });
});

describe('awkward input', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['emoji only', '😀😂👍🏻❤️‍🔥'],
    ['mixed scripts', 'ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ? 明天去旗里赶集吗？ OK see you'],
  ])('%s: nothing found', (_, text) => {
    expect(checkMessage(text)).toMatchObject({ risk: 'none', type: null, signals: [] });
  });

  it('checks a bare link on its own', () => {
    const result = checkMessage('http://icbc-vip.top/login');
    expect(result.risk).toBe('suspicious');
    expect(result.signals[0]?.id).toBe('link-lookalike-brand');
  });

  it('finds red flags anywhere in a 20,000-character paste', () => {
    const filler = '今天村里开会讨论修路和浇地的事情，大家都来了。'.repeat(800);
    const text = `${filler.slice(0, 19_900)}请把钱转入安全账户`;
    expect(text.length).toBeLessThanOrEqual(MAX_CHECK_CHARS);
    const result = analyseMessage(text);
    expect(result.signals.map((s) => s.id)).toContain('safe-account');
    expect(result.truncated).toBe(false);
  });

  it('reads the start of anything longer and says so', () => {
    const result = analyseMessage(`把钱转到安全账户${'啊'.repeat(30_000)}`);
    expect(result.truncated).toBe(true);
    expect(result.signals.map((s) => s.id)).toContain('safe-account');
  });
});
