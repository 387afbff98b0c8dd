/**
 * What the officer reads in the `/stats` picture: a title, the three groups and the trend, all in
 * their language with village names (never codes), and numbers that are never bent or dropped.
 */
import { describe, expect, it } from 'vitest';
import { statsChartSpec } from '../../src/charts/report-stats.js';
import { MAX_BARS, statsChartSvg } from '../../src/charts/stats-chart.js';

const zh: Record<string, string> = {
  'chart-title': '近 {days} 天反映统计（共 {total} 条）',
  'chart-by-colour': '按预警颜色',
  'chart-by-category': '按类别',
  'chart-by-village': '按村',
  'chart-trend': '每日新反映（近 {days} 天）',
  'chart-no-data': '暂无反映',
  'chart-other': '其他',
  'colour-name-red': '红色',
  'colour-name-yellow': '黄色',
  'colour-name-green': '绿色',
  'report-cat-land': '土地、宅基地边界',
  'report-cat-theft': '盗窃（含偷牲畜）',
};
const t = (key: string, vars: Record<string, string | number> = {}) =>
  (zh[key] ?? key).replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v]));
const names: Record<string, string> = { 'wl-hongqi': '红旗村', 'wl-dongfeng': '东风村' };

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

const counts = [
  { category: 'theft', colour: 'red' as const, village: 'wl-hongqi', count: 2 },
  { category: 'land', colour: 'yellow' as const, village: 'wl-dongfeng', count: 1 },
];

describe('the /stats chart', () => {
  it('speaks Chinese: title, groups, colours, categories and village names, no codes', () => {
    const svg = statsChartSvg(
      statsChartSpec({
        days: 7,
        today: '2026-12-02',
        counts,
        perDay: new Map([
          ['2026-12-01', 1],
          ['2026-12-02', 2],
        ]),
        t,
        villageName: (code) => names[code] ?? code,
      }),
    );
    const shown = texts(svg);
    expect(shown).toEqual(
      expect.arrayContaining([
        '近 7 天反映统计（共 3 条）',
        '按预警颜色',
        '红色',
        '黄色',
        '绿色',
        '按类别',
        '盗窃（含偷牲畜）',
        '土地、宅基地边界',
        '按村',
        '红旗村',
        '东风村',
        '每日新反映（近 7 天）',
        '11-26',
        '12-02',
      ]),
    );
    expect(svg).not.toMatch(/wl-hongqi|>theft<|>red<|图中村名用代码/);
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC'");
  });

  it('draws a 30-day trend with one column per county day, labelled every fifth day', () => {
    const spec = statsChartSpec({
      days: 30,
      today: '2026-12-02',
      counts,
      perDay: new Map([['2026-11-03', 4]]),
      t,
      villageName: (code) => names[code] ?? code,
    });
    expect(spec.trend.points).toHaveLength(30);
    expect(spec.trend.points[0]).toEqual({ label: '11-03', value: 4 });
    expect(spec.trend.points.at(-1)?.label).toBe('12-02');
    const shown = texts(statsChartSvg(spec));
    expect(shown).toEqual(expect.arrayContaining(['11-03', '11-08', '12-02']));
    expect(shown).not.toContain('11-04');
  });

  it('says there were no reports instead of drawing empty axes', () => {
    const svg = statsChartSvg(
      statsChartSpec({
        days: 7,
        today: '2026-12-02',
        counts: [],
        perDay: new Map(),
        t,
        villageName: (c) => c,
      }),
    );
    expect(texts(svg).filter((x) => x === '暂无反映')).toHaveLength(4);
  });

  it('adds villages past the twentieth into one "other" bar, so the total stays right', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      category: 'land',
      colour: 'green' as const,
      village: `v${String(i).padStart(2, '0')}`,
      count: 1,
    }));
    const spec = statsChartSpec({
      days: 7,
      today: '2026-12-02',
      counts: many,
      perDay: new Map(),
      t,
      villageName: (c) => c,
    });
    const villages = spec.groups[2]?.bars ?? [];
    expect(villages).toHaveLength(MAX_BARS);
    expect(villages.at(-1)).toEqual({ label: '其他', value: 6, color: 'grey' });
    expect(villages.reduce((n, b) => n + b.value, 0)).toBe(25);
  });

  it('escapes names, so a village called <东沟> & 西沟 reads literally', () => {
    const svg = statsChartSvg({
      title: 't',
      noData: '-',
      groups: [{ heading: 'h', bars: [{ label: '<东沟> & 西沟', value: 1 }] }],
      trend: { heading: 'x', points: [] },
    });
    expect(svg).toContain('&lt;东沟&gt; &amp; 西沟');
  });

  it.each([
    [-1, /value -1/],
    [Number.NaN, /value NaN/],
  ])('refuses a count of %d', (value, message) => {
    expect(() =>
      statsChartSvg({
        title: 't',
        noData: '-',
        groups: [{ heading: 'h', bars: [{ label: 'x', value }] }],
        trend: { heading: 'x', points: [] },
      }),
    ).toThrow(message);
  });
});
