import { describe, expect, it } from 'vitest';
import { defangLinks } from '../../../src/workflows/scam/defang.js';

describe('defanged links in scam verdicts', () => {
  it('breaks hosts and schemes so no channel makes them tappable, and keeps the rest', () => {
    expect(defangLinks('登录 https://ybj-gov.cn/verify?id=1 解冻')).toBe(
      '登录 hxxps://ybj-gov[.]cn/verify?id=1 解冻',
    );
    expect(defangLinks('打开ybj-gov.cn。')).toBe('打开ybj-gov[.]cn。');
    expect(defangLinks('HTTP://A.B.example.com')).toBe('hxxp://A[.]B[.]example[.]com');
  });

  it('leaves numbers, amounts and plain words alone', () => {
    expect(defangLinks('返利1.5倍，转账3000.00元，拨打13800001111')).toBe(
      '返利1.5倍，转账3000.00元，拨打13800001111',
    );
  });
});
