/**
 * 我的反映 described without any channel: the same description serves a Telegram reporter and a
 * web device, each sees only their own reports, and nobody else's id opens one.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webAddress } from '../../../src/domain/people/addresses.js';
import { addEvent } from '../../../src/store/reports.repository.js';
import {
  describeMyReport,
  describeMyReports,
} from '../../../src/workflows/reports/describe-my-reports.js';
import { createSampleReport, telegramReporter, webReporter } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const NOW = new Date('2026-12-03T02:00:00Z');

describe.each(ENGINES)('my reports described on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('lists a Telegram reporter’s and a web device’s own reports, and opens only those', async () => {
    const telegram = (await createSampleReport(store.db, {}, 'Asia/Shanghai', NOW)).report;
    const web = (
      await createSampleReport(
        store.db,
        { reporter: webAddress('dev-1'), anonymous: true },
        'Asia/Shanghai',
        NOW,
      )
    ).report;
    await addEvent(store.db, telegram.id, 200001, 'note', '内部');
    await addEvent(store.db, telegram.id, 200001, 'reply', '收到');

    const mine = await describeMyReports(store.db, await telegramReporter(store.db, 100001));
    expect(mine.choices.map((c) => c.action)).toEqual([`myreport:${telegram.id}`]);
    expect(mine.choices[0]?.label).toEqual({
      key: 'web-mine-choice',
      vars: { reference: telegram.reference, status: { key: 'status-new' } },
    });
    const theirs = await describeMyReports(store.db, await webReporter(store.db, 'dev-1'));
    expect(theirs.choices.map((c) => c.action)).toEqual([`myreport:${web.id}`]);

    const detail = await describeMyReport(
      store.db,
      await telegramReporter(store.db, 100001),
      telegram.id,
      'Asia/Shanghai',
    );
    const history = detail?.blocks.find((b) => b.type === 'list');
    expect(history).toEqual({
      type: 'list',
      label: { key: 'web-mine-history' },
      items: [
        { key: 'web-mine-h-filed', vars: { at: '2026-12-03 10:00' } },
        expect.objectContaining({ key: 'web-mine-h-reply' }),
      ],
    });
    expect(JSON.stringify(detail)).not.toContain('内部');
    expect(
      await describeMyReport(store.db, await telegramReporter(store.db, 100001), web.id, 'UTC'),
    ).toBeNull();
    expect(
      await describeMyReport(store.db, await webReporter(store.db, 'dev-1'), telegram.id, 'UTC'),
    ).toBeNull();
    expect(
      await describeMyReport(store.db, await webReporter(store.db, 'dev-2'), web.id, 'UTC'),
    ).toBeNull();
  });
});
