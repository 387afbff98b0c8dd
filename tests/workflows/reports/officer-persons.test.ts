/**
 * Officers are persons to the workflows: an officer found by our id (as any channel resolves
 * them) accepts a report and the history, the report and the audit row name their person, never
 * a Telegram id; the same officer revoked is a resident at once, and the workflows refuse them
 * (fail closed), changing nothing. A reminder of an unanswered question goes to the officer's
 * person, at their address.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../../src/domain/people/addresses.js';
import { effectivePerson } from '../../../src/domain/people/roles.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { createQuestion } from '../../../src/store/officer-questions.repository.js';
import { ensurePerson } from '../../../src/store/people.repository.js';
import { eventsOf, getReport } from '../../../src/store/reports.repository.js';
import { getPerson, grantOfficer, revokeOfficer } from '../../../src/store/users.repository.js';
import { redeemWithCode } from '../../../src/workflows/points/redeem.js';
import { queueQuestionReminders } from '../../../src/workflows/questions/remind-officers.js';
import { acceptReport } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const LI = 200_001; // a Telegram user
const NOW = new Date('2026-12-10T02:00:00Z');

describe.each(ENGINES)('officers as persons in the workflows on %s', (engine) => {
  let store: TestStore;
  let li: number;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await grantOfficer(store.db, LI, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    li = await ensurePerson(store.db, telegramAddress(LI));
  });
  afterEach(() => store.cleanup());
  const deps = () => ({ db: store.db, now: () => NOW });
  /** The officer as of now, by person, as a channel resolves them (not a configured admin). */
  const officerNow = async () => effectivePerson(li, await getPerson(store.db, li), false);

  it('stores the acting officer as their person', async () => {
    const { report } = await createSampleReport(store.db, {}, 'Asia/Shanghai', NOW);
    const result = await acceptReport(deps(), await officerNow(), report.id);
    expect(result.outcome).toBe('done');
    expect((await getReport(store.db, report.id))?.assignedOfficerId).toBe(li);
    const accepted = (await eventsOf(store.db, report.id)).find((e) => e.type === 'status');
    expect(Number(accepted?.actor_id)).toBe(li);
    const [audit] = await listAudit(store.db, { action: 'report.accept' });
    expect(audit).toMatchObject({ actorId: li, detail: { officer: li } });
    // The Telegram id is never what is stored (the two differ here).
    expect(li).not.toBe(LI);
  });

  it('refuses a revoked officer at once, and changes nothing', async () => {
    const { report } = await createSampleReport(store.db, {}, 'Asia/Shanghai', NOW);
    expect(await revokeOfficer(store.db, LI)).toBe(true);
    const revoked = await officerNow();
    expect(revoked.role).toBe('resident');
    expect(await acceptReport(deps(), revoked, report.id)).toEqual({
      outcome: 'refused',
      why: 'out-of-scope',
    });
    expect((await getReport(store.db, report.id))?.status).toBe('new');
    expect(await listAudit(store.db, { action: 'report.accept' })).toEqual([]);
    // Redeeming points is refused before anything is read, whatever the code.
    const codes = { get: async () => undefined, set: async () => {}, delete: async () => {} };
    expect(
      await redeemWithCode({ db: store.db, codes, now: () => NOW }, revoked, {
        code: '123456',
        points: 5,
        item: '食用油',
      }),
    ).toEqual({ outcome: 'refused' });
    expect(await listAudit(store.db, { action: 'points.redeem' })).toEqual([]);
  });

  it('reminds the officer’s person at their Telegram address, and records persons', async () => {
    const asker = await ensurePerson(store.db, telegramAddress(100_001));
    const old = new Date(NOW.getTime() - 25 * 3600_000);
    const question = await createQuestion(
      store.db,
      {
        askerPersonId: asker,
        villageCode: 'wl-hongqi',
        officer: telegramAddress(LI),
        topicId: null,
        question: '低保怎么申请？',
        shareContact: false,
      },
      old,
    );
    expect(question).toMatchObject({ askerId: asker, officerId: li, status: 'open' });
    const { notices } = await queueQuestionReminders(store.db, NOW);
    expect(notices.map((n) => [n.channel, n.recipient, n.idempotencyKey])).toEqual([
      ['telegram', String(LI), `ask-reminder:${question.id}`],
    ]);
  });
});
