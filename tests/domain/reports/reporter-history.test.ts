/**
 * What a reporter may read of their report's history: filed, statuses, officers' replies and
 * questions, their own additions; never internal notes, colours, points or blocklist entries.
 */
import { describe, expect, it } from 'vitest';
import { awaitsAnswer, toReporterHistory } from '../../../src/domain/reports/reporter-history.js';

const at = '2026-12-03T02:00:00.000Z';
const e = (type: string, body: string | null = null) => ({ at, type, body });

describe('a report’s history as its reporter reads it', () => {
  it('keeps what the reporter may see and drops the police’s own entries', () => {
    const entries = toReporterHistory([
      e('created'),
      e('colour', 'red'),
      e('status', 'accepted'),
      e('note', '内部备注'),
      e('points', 'clue +10'),
      e('blocklist', '13800000000'),
      e('reply', '明天去看'),
      e('info_request', '有照片吗？'),
      e('reporter_info', '有 [file:abc]'),
      e('reporter_evidence', 'video'),
      e('status', 'not-a-status'),
    ]);
    expect(entries).toEqual([
      { at, kind: 'filed' },
      { at, kind: 'status', status: 'accepted' },
      { at, kind: 'reply', text: '明天去看' },
      { at, kind: 'ask', text: '有照片吗？' },
      { at, kind: 'addition', text: '有' },
      { at, kind: 'evidence', file: 'photo' },
      { at, kind: 'evidence', file: 'video' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('abc');
  });

  it('an officer’s question waits for an answer until the reporter adds something', () => {
    expect(awaitsAnswer(toReporterHistory([e('created'), e('info_request', '几点？')]))).toBe(true);
    expect(
      awaitsAnswer(toReporterHistory([e('info_request', '几点？'), e('reporter_info', '八点')])),
    ).toBe(false);
    expect(awaitsAnswer(toReporterHistory([e('created'), e('reply', '收到')]))).toBe(false);
  });
});
