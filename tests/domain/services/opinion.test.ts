import { describe, expect, it } from 'vitest';
import { asksForOpinion } from '../../../src/domain/services/opinion.js';

describe('a question asking how good something is', () => {
  it('ends with the ask, whatever particles close it', () => {
    expect(asksForOpinion('新买的电动车怎么样啊？')).toBe(true);
    expect(asksForOpinion('这家驾校靠谱吗')).toBe(true);
    expect(asksForOpinion('三轮车 好不好')).toBe(true);
  });

  it('is not a question about a procedure that starts with 怎么样', () => {
    expect(asksForOpinion('怎么样办理身份证')).toBe(false);
    expect(asksForOpinion('身份证丢了怎么办')).toBe(false);
    expect(asksForOpinion('')).toBe(false);
  });
});
