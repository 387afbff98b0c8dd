/**
 * Turns report counts into the `/stats` chart in the officer's language: three groups (by
 * colour, by category, by village, largest first) and the daily trend over the same days.
 */
import { CATEGORIES, COLOURS, type Colour } from '../domain/reports/categories.js';
import { type Day, lastDays } from '../domain/time/county-day.js';
import { type Bar, MAX_BARS, type StatsChartSpec } from './stats-chart.js';

export interface ReportCount {
  category: string;
  colour: Colour;
  village: string;
  count: number;
}

export interface StatsInput {
  days: number;
  /** The county day the trend ends on (today, in `TZ`). */
  today: Day;
  counts: readonly ReportCount[];
  /** How many reports were made on each county day. */
  perDay: ReadonlyMap<Day, number>;
  /** A translation in the officer's language (no HTML in these keys). */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** The village's name from the database, in the officer's language. */
  villageName: (code: string) => string;
}

function sum(counts: readonly ReportCount[], key: (c: ReportCount) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of counts) m.set(key(c), (m.get(key(c)) ?? 0) + c.count);
  return m;
}

/** Keeps the largest bars and adds the rest into one "other" bar, so nothing is dropped. */
function topBars(bars: Bar[], other: string): Bar[] {
  const sorted = [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  if (sorted.length <= MAX_BARS) return sorted;
  const kept = sorted.slice(0, MAX_BARS - 1);
  const rest = sorted.slice(MAX_BARS - 1).reduce((n, b) => n + b.value, 0);
  return [...kept, { label: other, value: rest, color: 'grey' }];
}

export function statsChartSpec(input: StatsInput): StatsChartSpec {
  const { t, counts, days } = input;
  const total = counts.reduce((n, c) => n + c.count, 0);
  const byColour = sum(counts, (c) => c.colour);
  const byCategory = sum(counts, (c) => c.category);
  const byVillage = sum(counts, (c) => c.village);
  const other = t('chart-other');
  return {
    title: t('chart-title', { days, total }),
    noData: t('chart-no-data'),
    groups: [
      {
        heading: t('chart-by-colour'),
        bars:
          total === 0
            ? []
            : COLOURS.map((c) => ({
                label: t(`colour-name-${c}`),
                value: byColour.get(c) ?? 0,
                color: c,
              })),
      },
      {
        heading: t('chart-by-category'),
        bars: topBars(
          CATEGORIES.filter((c) => byCategory.has(c.id)).map((c) => ({
            label: t(`report-cat-${c.id}`),
            value: byCategory.get(c.id) ?? 0,
            color: c.kind === 'clue' ? 'blue' : 'grey',
          })),
          other,
        ),
      },
      {
        heading: t('chart-by-village'),
        bars: topBars(
          [...byVillage].map(([code, n]) => ({
            label: input.villageName(code),
            value: n,
            color: 'blue',
          })),
          other,
        ),
      },
    ],
    trend: {
      heading: t('chart-trend', { days }),
      points: lastDays(input.today, days).map((day) => ({
        label: day.slice(5),
        value: input.perDay.get(day) ?? 0,
      })),
    },
  };
}
