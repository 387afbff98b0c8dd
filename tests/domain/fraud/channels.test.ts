/**
 * Phone numbers and links: the shared normalisers (the reports store keys its blocklist with
 * them) and what a number's or address's shape gives away. Shape alone is never proof, so a bare
 * number or link is `suspicious` at most.
 */
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  normaliseAccount,
  normalisePhone,
  normaliseUrl,
} from '../../../src/domain/fraud/index.js';

describe('normalisePhone', () => {
  it.each([
    ['+86 138-0013-8000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['１３８ ００１３ ８０００', '13800138000'],
    ['(0471) 123-4567', '04711234567'],
    ['+86 471 1234567', '04711234567'],
    ['95588', '95588'],
    ['00 95 588', '+95588'],
    ['+1 202 555 0123', '+12025550123'],
  ])('%s → %s', (raw, key) => {
    expect(normalisePhone(raw)).toBe(key);
  });

  it.each(['', 'abc', '12', '138-abc'])('%j is not a number', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });
});

describe('normaliseUrl', () => {
  it.each([
    ['HTTPS://WWW.Icbc-Vip.top/Login/?a=1#x', 'icbc-vip.top/Login'],
    ['t.cn/A6x9Zk', 't.cn/A6x9Zk'],
    ['http://t.cn/A6x9Zk/', 't.cn/A6x9Zk'],
    ['ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
    ['w w w . e x a m p l e . c o m', 'example.com'],
    ['http://192.168.3.4:8080/pay', '192.168.3.4/pay'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseUrl(raw)).toBe(key);
  });

  it.each(['', 'hello', '/path/only'])('%j is not a web address', (raw) => {
    expect(normaliseUrl(raw)).toBeNull();
  });
});

describe('normaliseAccount', () => {
  it('keys bank cards by their digits and chat ids in lowercase', () => {
    expect(normaliseAccount('6222 0212 3456 7890')).toBe('6222021234567890');
    expect(normaliseAccount('WX: Li_Ming88')).toBe('li_ming88');
    expect(normaliseAccount('?!')).toBeNull();
  });
});

const ids = (text: string) => checkMessage(text).signals.map((s) => s.id);

describe('phone numbers', () => {
  it.each([
    ['an overseas number', '请回电 +44 20 7946 0958', 'phone-overseas'],
    ['an overseas number dialled with 00', '请回电 00852 2345 6789', 'phone-overseas'],
    ['a +95 imitation of a bank hotline', '工商银行客服 +95588', 'phone-service-lookalike'],
    ['a 95xxx number with extra digits', '客服热线 9558801234', 'phone-service-lookalike'],
    ['a virtual-carrier number', '联系我 170 1234 5678', 'phone-virtual'],
  ])('flags %s', (_, text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['a mainland mobile', '我的电话 13800138000'],
    ['a real bank hotline', '有问题请拨打95588'],
    ['the anti-fraud line', '拨打96110咨询'],
    ['a landline', '我家座机 0471-1234567'],
    ['an amount of money', '共计950000元'],
  ])('leaves %s alone', (_, text) => {
    expect(checkMessage(text).signals).toEqual([]);
  });

  it('never makes a bare number more than suspicious', () => {
    expect(checkMessage('+95588').risk).toBe('suspicious');
    expect(checkMessage('17012345678').risk).toBe('suspicious');
  });
});

describe('links', () => {
  it.each([
    ['a look-alike traffic-police site', '12123-cx.com', 'link-lookalike-gov'],
    ['a look-alike medical-insurance site', 'http://yb-gov.cc/renzheng', 'link-lookalike-gov'],
    ['a look-alike bank', 'icbc-vip.top', 'link-lookalike-brand'],
    ['a short link', 'https://t.cn/A6x9Zk', 'link-shortener'],
    ['a bare IP address', 'http://103.45.6.7/login', 'link-ip'],
    ['an unusual ending', 'www.lingqu-butie.xyz', 'link-odd-tld'],
  ])('flags %s', (_, text, id) => {
    expect(ids(`请点击 ${text} 办理`)).toContain(id);
  });

  it.each(['www.gov.cn', 'https://122.gov.cn', 'www.icbc.com.cn', 'https://www.jd.com/item'])(
    'trusts the official %s',
    (url) => {
      expect(ids(url)).toEqual([]);
    },
  );

  it('does not take "Mr.Li" or a decimal for a link', () => {
    expect(ids('Mr.Li 说价格是1.5万')).toEqual([]);
  });

  it('counts several flaws of one address once, and never calls a bare link high', () => {
    const result = checkMessage('访问 w w w . i c b c - v i p . t o p 领取');
    expect(result.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['link-lookalike-brand', 'link-odd-tld']),
    );
    expect(result.risk).toBe('suspicious');
  });

  it('reports a blocklisted link by its key or its whole site', () => {
    const blocklist = (kind: string, value: string) =>
      kind === 'url' && value === 'fake-site.com' ? { count: 2 } : undefined;
    const result = checkMessage('打开 https://www.fake-site.com/pay?id=1', { blocklist });
    expect(result.signals.map((s) => s.id)).toContain('reported-url');
  });
});
