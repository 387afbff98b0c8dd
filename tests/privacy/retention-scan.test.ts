/**
 * After the retention job, nothing in the database or the log ties the reporter's Telegram id to
 * their closed report. The tables are enumerated from the live schema and every column of every
 * row is searched, so a new table or column cannot slip past this test.
 */

import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { appendAudit } from '../../src/store/audit.repository.js';
import { awardPoints, pointBalance } from '../../src/store/points.repository.js';
import { addEvent, moveReport } from '../../src/store/reports.repository.js';
import { enqueueReportNotices } from '../../src/workflows/reports/report-notices.js';
import { purgeOldPersonalData } from '../../src/workflows/reports/retention.js';
import { createSampleReport, type SampleOver } from '../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore, telegramPerson } from '../helpers/store.js';

const REPORTER = 4_242_424_242;
const OFFICER = 200_001;

const draft = (anonymous: boolean): SampleOver => ({
  submissionKey: `k-${anonymous}`,
  kind: 'clue',
  category: 'fraud',
  colour: 'yellow',
  description: '有人冒充客服',
  voiceFileId: 'voice-1',
  evidence: [],
  villageCode: 'wl-hongqi',
  townshipCode: 'T-WULAN',
  stationCode: 'ST-WULAN',
  latitude: 43.95,
  longitude: 116.07,
  placeText: '村口',
  outsideCounty: false,
  occurredText: null,
  anonymous,
  reporter: telegramAddress(REPORTER),
  reporterLanguage: 'zh-CN',
});

async function tableNames(store: TestStore): Promise<string[]> {
  const rows =
    store.engine === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%'`.execute(store.db);
  return rows.rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_'));
}

describe.each(ENGINES)(
  'retention leaves nothing that ties a resident to a report on %s',
  (engine) => {
    let store: TestStore;
    beforeEach(async () => {
      store = await createTestStore(engine);
    });
    afterEach(() => store.cleanup());

    it.each([true, false])('anonymous: %s', async (anonymous) => {
      const { report } = await createSampleReport(store.db, draft(anonymous), 'Asia/Shanghai');
      const id = report.id;
      await moveReport(store.db, id, 'new', 'accepted', { assigned_officer_id: OFFICER });
      await addEvent(store.db, id, anonymous ? null : REPORTER, 'reporter_info', '补充');
      // An officer's reply waits in the outbox, addressed to the reporter (or their relay).
      const replyId = await addEvent(store.db, id, OFFICER, 'reply', '收到');
      await enqueueReportNotices(store.db, {
        report,
        eventId: replyId,
        now: new Date(),
        reporter: { key: 'reporter-reply', vars: { text: '收到' } },
      });
      await awardPoints(
        store.db,
        await telegramPerson(store.db, REPORTER),
        20,
        `有用线索 ${report.reference}`,
        OFFICER,
        id,
      );
      // A double tap on 满意 refused and audited, with the reporter as actor.
      await appendAudit(store.db, {
        actorId: REPORTER,
        action: 'refused',
        detail: { reason: 'no feedback due', data: `fb:${id}:yes` },
      });
      await appendAudit(store.db, {
        actorId: REPORTER,
        action: 'report.create',
        subject: `report:${id}`,
      });
      await moveReport(store.db, id, 'accepted', 'closed');
      const closed = await store.db
        .selectFrom('reports')
        .select('closed_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(closed.closed_at).not.toBeNull();

      const later = new Date(Date.parse(closed.closed_at as string) + 31 * 86_400_000);
      expect((await purgeOldPersonalData(store.db, 30, later)).reports).toBe(1);

      // Payloads and subjects name a report as `report:7` or `myf:7:yes`; timestamps never do.
      const links = [String(id), report.reference, report.relayKey ?? '\u0000'];
      const offending: string[] = [];
      for (const table of await tableNames(store)) {
        const rows = (
          await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db)
        ).rows;
        for (const row of rows) {
          const values = Object.values(row).map((v) => String(v));
          if (!values.some((v) => v.includes(String(REPORTER)))) continue;
          const linked =
            ('report_id' in row && String(row.report_id) === String(id)) ||
            (table === 'reports' && String(row.id) === String(id)) ||
            values.some((v) => links.slice(1).some((l) => v.includes(l))) ||
            values.some((v) => new RegExp(`[a-z]:${id}(?![0-9])`).test(v));
          if (linked) offending.push(`${table}: ${JSON.stringify(row)}`);
        }
      }
      expect(offending).toEqual([]);
      // The points stay with the resident; only the link to the report is gone.
      expect(await pointBalance(store.db, await telegramPerson(store.db, REPORTER))).toBe(20);
    });
  },
);
