import { describe, expect, it } from 'vitest';
import {
  fillAnswer,
  fillPlaceholders,
  findUnknownPlaceholders,
} from '../../../src/domain/services/placeholders.js';

const FALLBACK = '请电话咨询派出所';

describe('filling local facts into answers', () => {
  it('replaces every known placeholder', () => {
    const text = '到{station_name}（{station_address}）办理，电话{station_phone}';
    const filled = fillPlaceholders(
      text,
      { station_name: '白音派出所', station_address: '白音嘎查1号', station_phone: '0476-1234567' },
      FALLBACK,
    );
    expect(filled).toBe('到白音派出所（白音嘎查1号）办理，电话0476-1234567');
  });

  it('uses the fallback for a missing or blank fact, never leaving braces', () => {
    const filled = fillPlaceholders(
      '电话{station_phone}，民警{officer_name}',
      { officer_name: '  ' },
      FALLBACK,
    );
    expect(filled).toBe(`电话${FALLBACK}，民警${FALLBACK}`);
    expect(filled).not.toMatch(/[{}]/);
  });

  it('reports unknown placeholder names, including near misses', () => {
    expect(findUnknownPlaceholders('{station_tel} {Station_Phone} {dmv_phone}')).toEqual([
      'station_tel',
      'Station_Phone',
    ]);
  });

  it('fills a whole answer, lists included', () => {
    const answer = {
      who: '本人',
      materials: ['身份证'],
      where: '{station_name}',
      online: '无',
      fee: '免费',
      time: '当日',
      remote: '打{officer_phone}',
      pitfalls: ['先打{station_phone}'],
    };
    const filled = fillAnswer(answer, { station_name: '白音派出所' }, FALLBACK);
    expect(filled.where).toBe('白音派出所');
    expect(filled.remote).toBe(`打${FALLBACK}`);
    expect(filled.pitfalls).toEqual([`先打${FALLBACK}`]);
    expect(Object.values(filled).flat().join('')).not.toMatch(/[{}]/);
  });

  it('leaves a text without placeholders as it is, but still says one unknown place once', () => {
    expect(fillPlaceholders('带上户口簿（原件）到户籍窗口办理', {}, FALLBACK)).toBe(
      '带上户口簿（原件）到户籍窗口办理',
    );
    expect(fillPlaceholders(`问${FALLBACK}或${FALLBACK}`, {}, FALLBACK)).toBe(`问${FALLBACK}`);
    // A stray closing brace still loses the space before Chinese, as with placeholders.
    expect(fillPlaceholders('a} 办理', {}, FALLBACK)).toBe('a}办理');
  });
});
