/**
 * Bad input the issue names: mixed scripts, full-width digits, digits split by spaces or symbols,
 * look-alike domains, and 100,000 characters of adversarial text. Each is read as a person would
 * read it, and the whole check stays fast. All messages are written for this test.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseMessage,
  type BlocklistLookup,
  checkMessage,
} from '../../../src/domain/fraud/index.js';
import { ADVERSARIAL_LENGTH, adversarialTexts, fillTo } from './adversarial-texts.js';

const reported: BlocklistLookup = (kind, value) =>
  kind === 'phone' && value === '13912345678' ? { count: 2 } : undefined;

const ids = (text: string) => analyseMessage(text).signals.map((s) => s.id);

describe('numbers written to slip past a filter are read as the number', () => {
  it.each([
    ['full-width digits', '有事联系１３９１２３４５６７８'],
    ['circled digits', '联系①③⑨①②③④⑤⑥⑦⑧'],
    ['one digit at a time', '电话 1 3 9 1 2 3 4 5 6 7 8'],
    ['dashes', '打139-1234-5678'],
    ['stars', '打139*1234*5678'],
    ['underscores', '打139_1234_5678'],
    ['dots in the mobile shape', '打139.1234.5678'],
    ['country code and spaces', '回电 +86 139 1234 5678'],
  ])('%s: a number officers confirmed is high on its own', (_, text) => {
    const result = checkMessage(text, { blocklist: reported });
    expect(result.risk).toBe('high');
    expect(result.signals.map((s) => s.id)).toContain('reported-phone');
  });

  it('keeps addresses and amounts that only look like numbers apart', () => {
    expect(ids('访问 192.168.100.200')).toEqual(['link-ip']);
    expect(checkMessage('余额1860.00元，尾号5678', { blocklist: reported }).risk).toBe('none');
  });

  it('keeps a police warning that quotes a confirmed number below high', () => {
    const text = '【反诈提醒】13912345678 是诈骗电话，接到请挂断，不要转账。';
    expect(checkMessage(text, { blocklist: reported }).risk).toBe('suspicious');
  });
});

describe('look-alike domains', () => {
  it.each([
    ['a zero for the o of gov', '医保报销请登录 http://nhsa-g0v.cn.top/bx', 'link-lookalike-gov'],
    [
      'gov.cn buried in a cheap domain',
      '登录 www.nhsa-gov.cn.xxx.top 领取补贴',
      'link-lookalike-gov',
    ],
    [
      'a one for the i of icbc',
      'Please verify your account at 1cbc-login.com',
      'link-lookalike-brand',
    ],
    ['a Cyrillic і in icbc', '请登录 іcbc-vip.com 验证', 'link-lookalike-brand'],
    ['the operator number in a domain', '积分兑换 10086-jf.top', 'link-lookalike-brand'],
  ])('%s', (_, text, signal) => {
    expect(ids(text)).toContain(signal);
    expect(checkMessage(text).risk).not.toBe('none');
  });

  it('leaves the real government site alone', () => {
    expect(ids('请访问 https://www.gov.cn 查询')).not.toContain('link-lookalike-gov');
  });

  it('does not count a shop’s own short link as hiding anything', () => {
    expect(ids('【某旗舰店】满300减50，戳 c.tb.cn/h.5XkzQ 抢购，回T退订')).not.toContain(
      'link-shortener',
    );
  });
});

describe('mixed scripts', () => {
  it('reads English and Chinese in one message', () => {
    const result = checkMessage('我接到电话，他说他是social security office的，让我把验证码告诉他');
    expect(result.risk).toBe('high');
    expect(result.type).toBe('subsidy-benefit');
  });

  it('reads spaced, traditional and full-width words', () => {
    const result = checkMessage('我是公安局的，請把存款轉到安 全 帳 戶，ＡＰＰ裡共享屏幕');
    expect(result.risk).toBe('high');
    expect(result.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['safe-account', 'screen-share']),
    );
  });
});

describe('100,000 characters of adversarial text', () => {
  const fill = fillTo(ADVERSARIAL_LENGTH);

  // How long they take is measured by `npm run bench -- adversarial` (target < 50 ms each);
  // a unit test on a shared machine only checks that each is read to a verdict.
  it('reads each to a verdict, saying the part beyond the limit was not read', () => {
    for (const text of adversarialTexts()) {
      const result = analyseMessage(text);
      expect(['none', 'suspicious', 'high'], JSON.stringify(text.slice(0, 12))).toContain(
        result.risk,
      );
      expect(result.truncated).toBe(true);
    }
  });

  it('still reads the scam at the start of a huge paste, and says the end was not read', () => {
    const text = `我是县公安局的，你涉嫌洗钱，把存款转到安全账户。${fill('啊 ')}`;
    const result = analyseMessage(text);
    expect(result.risk).toBe('high');
    expect(result.truncated).toBe(true);
  });
});
