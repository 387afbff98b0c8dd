import { describe, expect, it } from 'vitest';
import { choiceNumber } from '../../../src/domain/text/choice-number.js';

describe('a typed choice number', () => {
  it.each([
    ['1', 1],
    [' 2 ', 2],
    ['２', 2],
    ['12', 12],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['第三个', 3],
    ['第 4 项', 4],
    ['3.', 3],
    ['（2）', 2],
    ['【5】', 5],
    ['᠒', 2],
    ['᠑᠐', 10],
  ])('%s is %d', (text, n) => {
    expect(choiceNumber(text)).toBe(n);
  });

  it.each(['0', '00', '110', '13800138000', '96110', '一二', '第', '', '1个人', '红旗村', '2 3'])(
    '%j is not a choice number',
    (text) => {
      expect(choiceNumber(text)).toBeNull();
    },
  );
});
