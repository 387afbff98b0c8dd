/**
 * The rule-pattern safety check: anything that could backtrack catastrophically is refused at
 * load time, with a reason a rule writer can act on.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern, expandPattern, unsafeReason } from '../../../src/domain/fraud/pattern.js';

describe('expandPattern', () => {
  it('turns ~N into a bounded gap that stays inside the sentence', () => {
    expect(expandPattern('转~6安全账户')).toBe('转[^。!?;\\n]{0,6}安全账户');
  });
});

describe('unsafeReason', () => {
  it.each([
    '安全账户|国家账户',
    '(?:转|汇)~6(?:安全账户|指定账户)',
    '验证码(?:是|为)?\\d{4,6}',
    '(?<![在到])派出所',
    '亲爱的(?!顾客|会员)',
    '[一二三四五]{1,3}倍',
  ])('accepts %s', (source) => {
    expect(unsafeReason(expandPattern(source))).toBeNull();
  });

  it.each([
    ['(a+)+b', /unbounded/],
    ['.*验证码', /unbounded/],
    ['a{2,}', /unbounded/],
    ['(?:ab){1,5}', /repeats a group/],
    ['.{0,100}', /limit is 30/],
    ['(a)\\1', /back-reference/],
    ['a~5b~5c~5d~5e', /more than 3 windows/],
    ['(?<name>a)', /named group/],
    ['[abc', /unclosed/],
  ])('refuses %s', (source, reason) => {
    expect(unsafeReason(expandPattern(source))).toMatch(reason);
  });

  it('counts windows per alternative, and not inside lookarounds', () => {
    expect(unsafeReason(expandPattern('a~2b~2c~2d|e~2f'))).toBeNull();
    expect(unsafeReason(expandPattern('(?<!x~9)a~2b~2c~2d(?!~4y)'))).toBeNull();
  });
});

describe('compilePattern', () => {
  it('compiles a safe pattern for global, unicode matching', () => {
    const re = compilePattern('转~4安全账户');
    expect(re.flags).toBe('gu');
    expect('请转到安全账户'.match(re)?.[0]).toBe('转到安全账户');
  });

  it('names the pattern when it is invalid', () => {
    expect(() => compilePattern('(?:abc')).toThrow(/"\(\?:abc" is not a valid regular expression/);
  });
});
