import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { questionsCommand } from '../../src/cli/questions.js';
import { recordScamMark, recordUnanswered } from '../../src/store/answer-feedback.repository.js';
import { createTestStore } from '../helpers/store.js';

describe('cunjing questions report', () => {
  it('groups unanswered questions by likely topic, lists wrong scam verdicts, and names no one', async () => {
    const store = await createTestStore('sqlite', { file: true });
    try {
      const at = new Date('2026-12-01T04:00:00Z');
      const base = { band: 'low', villageCode: 'wl-hongqi', stationCode: 'ST-WULAN' };
      await recordUnanswered(
        store.db,
        { ...base, outcome: 'not-sure', question: '身份证咋弄啊', topicId: 'idcard.lost' },
        at,
      );
      await recordUnanswered(
        store.db,
        { ...base, outcome: 'not-solved', question: '补身份证要几天', topicId: 'idcard.lost' },
        at,
      );
      await recordUnanswered(
        store.db,
        { ...base, outcome: 'not-sure', question: '羊丢了咋办', topicId: null },
        at,
      );
      await recordUnanswered(
        store.db,
        { ...base, outcome: 'not-sure', question: '下个月的问题', topicId: null },
        new Date('2027-01-05T04:00:00Z'),
      );
      await recordScamMark(
        store.db,
        {
          mark: 'wrong',
          risk: 'suspicious',
          fraudType: null,
          excerpt: '派出所提醒',
          stationCode: 'ST-WULAN',
        },
        at,
      );
      const lines: string[] = [];
      const io: CliIo = {
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
        env: { DATABASE_URL: store.url },
      };
      const code = await questionsCommand(
        ['report', '--from', '2026-12-01', '--to', '2026-12-07', '--station', 'ST-WULAN'],
        io,
      );
      expect(code).toBe(0);
      const text = lines.join('\n');
      expect(text).toContain('身份证丢了补办');
      expect(text).toMatch(/（2 条）/);
      expect(text).toContain('「补身份证要几天」（没解决');
      expect(text).toContain('「羊丢了咋办」（答不准');
      expect(text).toContain('没有可能的事项');
      expect(text).not.toContain('下个月的问题');
      expect(text).toContain('派出所提醒');
      expect(text).not.toMatch(/<[a-z]/);
      await expect(questionsCommand(['report', '--from', '2026-12-01'], io)).rejects.toThrow(
        /usage: cunjing questions report/,
      );
    } finally {
      await store.cleanup();
    }
  });
});
