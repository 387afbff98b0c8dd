/**
 * A resident types a formula into a report; the officer exports and opens it; nothing runs.
 * Every string that a spreadsheet could read as a formula gets a leading quote, nothing else moves.
 */
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/export/neutralise.js';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [
      '=HYPERLINK("http://evil.example","点击查看")',
      '\'=HYPERLINK("http://evil.example","点击查看")',
    ],
    ['+86 138 0013 8000', "'+86 138 0013 8000"],
    ['+8613800138000', "'+8613800138000"],
    ['-5', "'-5"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    // The first visible character counts: spreadsheets skip these before deciding.
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u200b=HYPERLINK("http://x")', '\'\u200b=HYPERLINK("http://x")'],
    ['\ufeff+86 138', "'\ufeff+86 138"],
    ['\u2060\u00a0 \t@SUM(A1)', "'\u2060\u00a0 \t@SUM(A1)"],
    ['  -5', "'  -5"],
  ])('%j becomes text: %j', (raw, safe) => {
    expect(neutraliseCell(raw)).toBe(safe);
  });

  it.each([
    '东沟村王大妈报告：有人冒充公安打电话要求转账',
    '13800138000',
    '1+1=2',
    'a=b',
    ' 1+1',
    '\u00a0村',
    "'already quoted",
    '',
    '🚓 巡逻',
  ])('%j is left exactly as typed', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});
