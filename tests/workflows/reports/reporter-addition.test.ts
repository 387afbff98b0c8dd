/**
 * The reporter's additions without any channel: only the reporter may add, only to an open
 * report; words and files go to the history (a file also to the evidence); an anonymous
 * reporter's entries and audit row carry no actor.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../../src/domain/people/addresses.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { eventsOf, getReport, moveReport } from '../../../src/store/reports.repository.js';
import { addToReport } from '../../../src/workflows/reports/reporter-addition.js';
import { createSampleReport, telegramReporter } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const NOW = new Date('2026-12-03T02:00:00Z');

describe.each(ENGINES)('reporter additions on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());
  const file = async (over = {}) =>
    (await createSampleReport(store.db, over, 'Asia/Shanghai', NOW)).report;

  it('stores an anonymous reporter’s words and a later photo with no actor', async () => {
    const report = await file({ anonymous: true, reporter: telegramAddress(100001) });
    const words = await addToReport(store.db, {
      reporter: await telegramReporter(store.db, 100001),
      reportId: report.id,
      text: '又挪了',
    });
    expect(words).toMatchObject({ outcome: 'added', text: true, file: false });
    const photo = await addToReport(store.db, {
      reporter: await telegramReporter(store.db, 100001),
      reportId: report.id,
      file: { kind: 'photo', fileId: 'p-1' },
    });
    expect(photo).toMatchObject({ outcome: 'added', text: false, file: true });
    const events = (await eventsOf(store.db, report.id)).slice(1);
    expect(events.map((e) => [e.type, e.body, e.actor_id])).toEqual([
      ['reporter_info', '又挪了', null],
      ['reporter_evidence', 'photo', null],
    ]);
    expect((await getReport(store.db, report.id))?.evidence).toEqual([
      { kind: 'photo', fileId: 'p-1' },
    ]);
    const audit = await listAudit(store.db, { action: 'report.reporter_info' });
    expect(audit.map((a) => a.actorId)).toEqual([null, null]);
  });

  it('refuses someone else, and a closed report, and changes nothing', async () => {
    const report = await file();
    expect(
      await addToReport(store.db, {
        reporter: await telegramReporter(store.db, 100009),
        reportId: report.id,
        text: 'x',
      }),
    ).toEqual({
      outcome: 'not-yours',
    });
    await moveReport(store.db, report.id, 'new', 'rejected');
    expect(
      await addToReport(store.db, {
        reporter: await telegramReporter(store.db, 100001),
        reportId: report.id,
        text: 'x',
      }),
    ).toMatchObject({ outcome: 'closed' });
    expect(await eventsOf(store.db, report.id)).toHaveLength(1);
  });
});
