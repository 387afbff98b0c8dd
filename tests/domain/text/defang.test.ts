import { describe, expect, it } from 'vitest';
import { defang } from '../../../src/domain/text/defang.js';

describe('defang', () => {
  it('breaks schemes and host names so no chat app makes them links', () => {
    expect(defang('请访问 http://ybj-gov.cn/login 领取')).toBe(
      '请访问 hxxp://ybj-gov[.]cn/login 领取',
    );
    expect(defang('HTTPS://Bank.Example.com')).toBe('HxxPS://Bank[.]Example[.]com');
    expect(defang('去 www.g0v.cn 看看')).toBe('去 www[.]g0v[.]cn 看看');
  });

  it('leaves numbers, versions and plain words alone', () => {
    expect(defang('补贴 3.5 元，版本 v1.2，电话 400-800-1234')).toBe(
      '补贴 3.5 元，版本 v1.2，电话 400-800-1234',
    );
  });
});
