/**
 * Normalisation: the disguises scammers and phone keyboards use are undone before matching, and
 * every normalised character still knows where it came from.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleBase } from '../../../src/domain/fraud/index.js';
import { normaliseText, originalRange } from '../../../src/domain/fraud/normalise.js';

const { variants } = loadRuleBase();
const norm = (text: string) => normaliseText(text, variants).text;

describe('normaliseText', () => {
  it.each([
    ['spaced-out words', '安 全 账 户', '安全账户'],
    ['symbols between characters', '验-证-码', '验证码'],
    ['stars and dots between characters', '安*全.账·户', '安全账户'],
    ['spaced-out digits', '1 3 8 0 0 1 3 8 0 0 0', '13800138000'],
    ['grouped phone numbers', '138-0013-8000', '13800138000'],
    ['spaced-out web addresses', 'w w w . x x . c o m', 'www.xx.com'],
    ['full-width letters and digits', 'ＡＰＰ１２３', 'app123'],
    ['circled digits', '①③⑧', '138'],
    ['zero-width characters', '安\u200b全\u200d账\ufeff户', '安全账户'],
    ['traditional characters', '驗證碼 帳戶 轉賬', '验证码账户转账'],
  ])('undoes %s', (_, input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['two separate numbers', '拨打110 13800138000'],
    ['ordinary English', 'call me at home'],
    ['IP addresses', '192.168.1.1'],
    ['decimals', '1.5万'],
  ])('keeps %s apart', (_, input) => {
    expect(norm(input)).toBe(input);
  });

  it('maps every character back to its original range', () => {
    const original = '请转到安 全 帳 戶';
    const n = normaliseText(original, variants);
    const start = n.text.indexOf('安全账户');
    const [a, b] = originalRange(n, start, start + 4);
    expect(original.slice(a, b)).toBe('安 全 帳 戶');
  });

  it('maps expanded characters (one original, several normalised) back whole', () => {
    const original = 'x㍿y';
    const n = normaliseText(original, variants);
    expect(n.text).toBe('x株式会社y');
    expect(originalRange(n, 1, 5)).toEqual([1, 2]);
  });

  it('keeps emoji and Mongolian script intact', () => {
    expect(norm('👍 ᠰᠠᠶᠢᠨ')).toBe('👍 ᠰᠠᠶᠢᠨ');
  });

  it('handles empty text', () => {
    expect(normaliseText('', variants)).toEqual({ text: '', starts: [], ends: [] });
  });
});
