import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listUnanswered,
  listWrongVerdicts,
  recordScamMark,
  recordUnanswered,
} from '../../src/store/answer-feedback.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

describe.each(ENGINES)('answer feedback on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  const day = (d: number) => new Date(Date.UTC(2026, 11, d, 4));
  const question = (stationCode: string | null, at: Date, text = '社保卡丢了咋办') =>
    recordUnanswered(
      store.db,
      {
        outcome: 'not-sure',
        question: text,
        topicId: 'idcard.lost',
        band: 'low',
        villageCode: 'wl-hongqi',
        stationCode,
      },
      at,
    );

  it('keeps questions without who asked, by station and period, clipped to 200 characters', async () => {
    await question('ST-WULAN', day(1));
    await question('ST-WULAN', day(3), '问'.repeat(500));
    await question('ST-XINMIN', day(3));
    await question('ST-WULAN', day(9));
    const rows = await listUnanswered(store.db, {
      from: day(1),
      to: day(8),
      stationCode: 'ST-WULAN',
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      outcome: 'not-sure',
      question: '社保卡丢了咋办',
      topicId: 'idcard.lost',
      band: 'low',
      villageCode: 'wl-hongqi',
      stationCode: 'ST-WULAN',
      createdAt: day(1).toISOString(),
    });
    expect([...(rows[1]?.question ?? '')]).toHaveLength(200);
    expect(await listUnanswered(store.db, { from: day(1), to: day(10) })).toHaveLength(4);
    const columns = Object.keys(
      (await store.db.selectFrom('unanswered_questions').selectAll().executeTakeFirst()) ?? {},
    );
    expect(columns.some((c) => /user|telegram|asker|person/.test(c))).toBe(false);
  });

  it('lists only the scam checks marked wrong', async () => {
    const mark = (m: 'right' | 'wrong', excerpt: string) =>
      recordScamMark(
        store.db,
        { mark: m, risk: 'suspicious', fraudType: null, excerpt, stationCode: 'ST-WULAN' },
        day(2),
      );
    await mark('right', '您的快递丢失，点链接理赔');
    await mark('wrong', '派出所提醒：社保认证不收费');
    const wrong = await listWrongVerdicts(store.db, { from: day(1), to: day(8) });
    expect(wrong.map((w) => w.excerpt)).toEqual(['派出所提醒：社保认证不收费']);
  });
});
