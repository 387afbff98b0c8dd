import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CampaignFileError,
  firesAt,
  parseCampaigns,
  previousRun,
} from '../../../src/domain/awareness/campaigns.js';
import { loadAwarenessLibrary } from '../../../src/domain/awareness/library.js';
import { inQuietHours, quietHoursEnd } from '../../../src/domain/awareness/subscription.js';

const TZ = 'Asia/Shanghai';
const local = (iso: string) => new Date(`${iso}+08:00`);

describe('quiet hours', () => {
  const sub = { quietStart: '21:00', quietEnd: '07:30' };
  it('holds messages between 21:00 and 07:30 local time, across midnight', () => {
    expect(inQuietHours(sub, local('2026-11-23T20:59:00'), TZ)).toBe(false);
    expect(inQuietHours(sub, local('2026-11-23T21:00:00'), TZ)).toBe(true);
    expect(inQuietHours(sub, local('2026-11-24T03:00:00'), TZ)).toBe(true);
    expect(inQuietHours(sub, local('2026-11-24T07:30:00'), TZ)).toBe(false);
    expect(quietHoursEnd(sub, local('2026-11-23T23:10:00'), TZ).toISOString()).toBe(
      local('2026-11-24T07:30:00').toISOString(),
    );
    expect(
      inQuietHours({ quietStart: '00:00', quietEnd: '00:00' }, local('2026-11-24T03:00:00'), TZ),
    ).toBe(false);
  });
});

describe('campaign schedules', () => {
  it('knows when a schedule fires and its previous run, in the time zone', () => {
    expect(firesAt('0 9 * * *', local('2026-11-23T09:00:00'), TZ)).toBe(true);
    expect(firesAt('0 9 * * *', local('2026-11-23T10:00:00'), TZ)).toBe(false);
    expect(previousRun('0 19 * * 1', local('2026-11-25T08:00:00'), TZ)?.toISOString()).toBe(
      local('2026-11-23T19:00:00').toISOString(),
    );
  });

  it('stops start-up on an invalid cron expression, naming the campaign', () => {
    expect(() =>
      parseCampaigns('campaigns:\n  - { id: daily-tip, topic: antifraud, cron: "0 25 * * *" }'),
    ).toThrow(CampaignFileError);
    expect(() =>
      parseCampaigns('campaigns:\n  - { id: daily-tip, topic: antifraud, cron: "0 25 * * *" }'),
    ).toThrow(/daily-tip/);
    expect(
      parseCampaigns('campaigns:\n  - { id: daily-tip, topic: antifraud, cron: "0 9 * * *" }'),
    ).toHaveLength(1);
  });
});

describe('awareness library', () => {
  it('walks through the items in order and falls back to Chinese item by item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-'));
    for (const l of ['zh-CN', 'en']) mkdirSync(join(dir, l, 'awareness'), { recursive: true });
    const item = (id: string, title: string) => ({
      id,
      fraud_type: 'loan',
      title,
      pattern: 'p',
      red_flag: 'r',
      what_to_do: 'w',
      reviewed: '2026-11-23',
    });
    const yaml = (items: object[]) => JSON.stringify({ topic: 'antifraud', items });
    writeFileSync(
      join(dir, 'zh-CN', 'awareness', 'antifraud.yaml'),
      yaml([item('af-001', '一'), item('af-002', '二')]),
    );
    writeFileSync(join(dir, 'en', 'awareness', 'antifraud.yaml'), yaml([item('af-001', 'One')]));
    const lib = loadAwarenessLibrary(dir);
    expect(lib.size('antifraud')).toBe(2);
    expect([0, 1, 2].map((c) => lib.at('antifraud', c, 'en')?.title)).toEqual(['One', '二', 'One']);
    expect(lib.size('legal')).toBe(0);
  });
});
