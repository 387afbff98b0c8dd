import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/store/audit.repository.js';
import { noticesOfReport } from '../../../src/store/notices.repository.js';
import { listReports } from '../../../src/store/reports.repository.js';
import {
  type Reporter,
  type SubmitReportInput,
  submitReport,
} from '../../../src/workflows/reports/submit-report.js';
import { telegramReporter, webReporter } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';

const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;
/** The inboxes the groups serve: the card notices name these, never the groups' ids. */
const STATION_INBOX = 'station:ST-WULAN@wl-hongqi';
const COUNTY_INBOX = 'command:county';
const NOW = new Date('2026-12-04T08:00:00Z');

/** The villager of the tests: Telegram user 100001's person, made in `beforeEach`. */
let villager: Reporter;
const input = (over: Partial<SubmitReportInput> = {}): SubmitReportInput => ({
  reporter: villager,
  homeVillageCode: 'wl-hongqi',
  submissionKey: 'key-0001',
  locale: 'zh-CN',
  now: NOW,
  draft: { kind: 'clue', category: 'vice', description: '羊圈里有人聚赌', anonymous: true },
  ...over,
});

/** Fails the first insert into one table: a crash in the middle of the workflow. */
class FailInsertInto implements KyselyPlugin {
  constructor(private readonly table: string) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && JSON.stringify(node.into).includes(`"${this.table}"`))
      throw new Error(`simulated failure inserting into ${this.table}`);
    return node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

describe.each(ENGINES)('submitting a report, without any channel, on %s', (engine) => {
  let store: TestStore;
  const deps = () => ({ db: store.db, timeZone: 'Asia/Shanghai' });
  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
    villager = await telegramReporter(store.db, 100001);
  });
  afterEach(() => store.cleanup());

  it('stores the report, its audit row and one card notice for the station and one for the county', async () => {
    const result = await submitReport(deps(), input());
    if (result.outcome !== 'stored') throw new Error(result.outcome);
    const id = result.report.id;
    expect(result.created).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        idempotencyKey: `report:${id}:card:${STATION_INBOX}`,
        channel: 'telegram',
        recipient: STATION_INBOX,
        kind: 'report-card',
        payload: { reportId: id, exactPlace: false },
      }),
      expect.objectContaining({
        idempotencyKey: `report:${id}:card:${COUNTY_INBOX}`,
        recipient: COUNTY_INBOX,
        payload: { reportId: id, exactPlace: true },
      }),
    ]);
    const stored = await noticesOfReport(store.db, id);
    expect(stored.map((n) => [n.recipient, n.status])).toEqual([
      [STATION_INBOX, 'pending'],
      [COUNTY_INBOX, 'pending'],
    ]);
    expect(JSON.stringify(stored)).not.toContain(String(STATION_GROUP));
    expect(JSON.stringify(stored)).not.toContain(String(COUNTY_GROUP));
    const audit = await listAudit(store.db, { subject: `report:${id}` });
    // Anonymous: the audit row does not name the reporter.
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['report.create', null]]);
  });

  it('one card, without the exact place, when the station group is also the command chat', async () => {
    await routeToGroups(store.db, STATION_GROUP, STATION_GROUP);
    const result = await submitReport(deps(), input());
    if (result.outcome !== 'stored') throw new Error(result.outcome);
    expect(result.notices.map((n) => [n.recipient, n.payload])).toEqual([
      [STATION_INBOX, { reportId: result.report.id, exactPlace: false }],
    ]);
  });

  it('goes to the village officer when the station has no group, and to the township command', async () => {
    await store.db.updateTable('stations').set({ chat_id: null }).execute();
    await store.db.updateTable('villages').set({ officer_telegram_id: 300001 }).execute();
    await store.db
      .updateTable('townships')
      .set({ command_chat_id: -100300 })
      .where('code', '=', 'T-WULAN')
      .execute();
    const result = await submitReport(deps(), input());
    if (result.outcome !== 'stored') throw new Error(result.outcome);
    expect(result.notices.map((n) => [n.recipient, n.payload])).toEqual([
      [STATION_INBOX, { reportId: result.report.id, exactPlace: false }],
      ['command:township:T-WULAN', { reportId: result.report.id, exactPlace: true }],
    ]);
  });

  it('a repeat with the same key returns the same report and enqueues nothing new', async () => {
    const first = await submitReport(deps(), input());
    const again = await submitReport(deps(), input({ now: new Date(NOW.getTime() + 5_000) }));
    if (first.outcome !== 'stored' || again.outcome !== 'stored') throw new Error('not stored');
    expect(again).toMatchObject({ created: false, notices: [] });
    expect(again.report.reference).toBe(first.report.reference);
    expect(await listReports(store.db, {})).toHaveLength(1);
    expect(await noticesOfReport(store.db, first.report.id)).toHaveLength(2);
  });

  it("never answers with someone else's report for their key", async () => {
    await submitReport(deps(), input());
    const other = await submitReport(
      deps(),
      input({ reporter: await webReporter(store.db, 'device-b') }),
    );
    expect(other).toEqual({ outcome: 'not-yours' });
  });

  it('a web reporter is limited like a Telegram one, five reports a minute', async () => {
    const web = await webReporter(store.db, 'device-a');
    for (let i = 0; i < 5; i++)
      expect(
        (await submitReport(deps(), input({ reporter: web, submissionKey: `web-${i}` }))).outcome,
      ).toBe('stored');
    const sixth = await submitReport(deps(), input({ reporter: web, submissionKey: 'web-5' }));
    expect(sixth).toEqual({ outcome: 'rate-limited' });
  });

  it('a failure in the middle leaves no report, no audit row and no notices', async () => {
    for (const table of ['audit_log', 'notices']) {
      const failing = { db: store.db.withPlugin(new FailInsertInto(table)), timeZone: 'UTC' };
      await expect(submitReport(failing, input())).rejects.toThrow(/simulated failure/);
      expect(await listReports(store.db, {})).toHaveLength(0);
      expect(await store.db.selectFrom('notices').selectAll().execute()).toHaveLength(0);
      expect(await listAudit(store.db, { action: 'report.create' })).toHaveLength(0);
    }
    // The same key afterwards is a first submission.
    expect(await submitReport(deps(), input())).toMatchObject({ outcome: 'stored', created: true });
  });
});
