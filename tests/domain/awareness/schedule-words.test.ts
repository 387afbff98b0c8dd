import { describe, expect, it } from 'vitest';
import { describeSchedule, nextRun } from '../../../src/domain/awareness/schedule-words.js';

describe('campaign schedules in words', () => {
  it('reads daily and weekly schedules, and leaves anything else as written', () => {
    expect(describeSchedule('0 9 * * *')).toEqual({ kind: 'daily', time: '09:00' });
    expect(describeSchedule('30 19 * * 1')).toEqual({ kind: 'weekly', weekday: 1, time: '19:30' });
    expect(describeSchedule('0 19 * * 7')).toEqual({ kind: 'weekly', weekday: 0, time: '19:00' });
    expect(describeSchedule('*/5 * * * *')).toEqual({ kind: 'cron', expression: '*/5 * * * *' });
  });

  it('finds the next run in the county time zone', () => {
    const next = nextRun('0 9 * * *', new Date('2026-06-15T02:00:00Z'), 'Asia/Shanghai');
    expect(next?.toISOString()).toBe('2026-06-16T01:00:00.000Z');
  });
});
