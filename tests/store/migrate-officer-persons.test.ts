/**
 * Upgrading a station that has been running to officers, admins and askers as people: a database
 * filled as the version before `2026-12-13-officer-persons` left it (an officer who accepted a
 * report, wrote a note, blocked a number, credited and redeemed points and wrote a broadcast an
 * admin approved; a question from Telegram and one from the web) names each of them by person
 * afterwards. Nothing is lost: an admin who never wrote to the bot, and a web asker, get a person
 * with their address; the officer's name still shows in the history; the ledger and the audit log
 * are append-only again. Running the migrations again changes nothing.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramAddress, webAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { getRequest } from '../../src/store/broadcast-requests.repository.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { getQuestion } from '../../src/store/officer-questions.repository.js';
import { ensurePerson, personOf } from '../../src/store/people.repository.js';
import { historyEvents } from '../../src/store/report-history.repository.js';
import { getReport, listReports } from '../../src/store/reports.repository.js';
import { getPerson, getUser } from '../../src/store/users.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const BEFORE = '2026-12-09-person-settings';
const AT = (minute: number) => `2026-12-09T02:${String(minute).padStart(2, '0')}:00.000Z`;
const OFFICER = 200_001;
const ADMIN = 900_001; // configured only: no user row, no person yet
const VILLAGER = 100_001;

// biome-ignore lint/suspicious/noExplicitAny: the old schema, not today's types.
async function fillAsOldVersion(store: TestStore, db: Kysely<any>): Promise<void> {
  const user = (telegram_id: number, first_name: string, role: string, minute: number) => ({
    telegram_id,
    first_name,
    role,
    scope_kind: role === 'officer' ? 'station' : null,
    scope_code: role === 'officer' ? 'ST-WULAN' : null,
    created_at: AT(minute),
    updated_at: AT(minute),
  });
  await db
    .insertInto('users')
    .values([user(OFFICER, '李警官', 'officer', 1), user(VILLAGER, '村民', 'resident', 2)])
    .execute();
  for (const id of [OFFICER, VILLAGER]) await ensurePerson(store.db, telegramAddress(id));
  await ensurePerson(store.db, webAddress('d-known'));
  await db
    .insertInto('reports')
    .values({
      reference: 'JF-20261209-0001',
      submission_key: 'key-1',
      kind: 'dispute',
      category: 'land',
      colour: 'yellow',
      status: 'accepted',
      description: 'report 1',
      village_code: 'wl-hongqi',
      township_code: 'T-WULAN',
      station_code: 'ST-WULAN',
      anonymous: 0,
      reporter_person_id: await personOf(store.db, telegramAddress(VILLAGER)),
      reporter_language: 'zh-CN',
      assigned_officer_id: OFFICER,
      created_at: AT(10),
      updated_at: AT(11),
    })
    .execute();
  await db
    .insertInto('report_events')
    .values([
      { report_id: 1, at: AT(10), actor_id: null, type: 'created', body: null },
      { report_id: 1, at: AT(11), actor_id: OFFICER, type: 'status', body: 'accepted' },
      { report_id: 1, at: AT(12), actor_id: OFFICER, type: 'note', body: '已联系' },
    ])
    .execute();
  const audit = (actor_id: number | null, action: string, minute: number) => ({
    at: AT(minute),
    actor_id,
    action,
    subject: 'report:1',
    detail: '{}',
  });
  await db
    .insertInto('audit_log')
    .values([
      audit(OFFICER, 'report.accept', 11),
      audit(ADMIN, 'broadcast.approve', 13),
      audit(null, 'report.created', 10),
    ])
    .execute();
  await db
    .insertInto('blocklist')
    .values({
      kind: 'phone',
      value: '13800000000',
      count: 1,
      added_by: OFFICER,
      first_at: AT(12),
      last_at: AT(12),
    })
    .execute();
  await db
    .insertInto('point_ledger')
    .values({
      user_id: null,
      person_id: await personOf(store.db, telegramAddress(VILLAGER)),
      relay_key: null,
      delta: 5,
      balance_after: 5,
      reason: '有用线索 JF-20261209-0001',
      report_id: 1,
      actor_id: OFFICER,
      at: AT(14),
    })
    .execute();
  await db
    .insertInto('broadcast_requests')
    .values({
      kind: 'urgent',
      texts: JSON.stringify({ 'zh-CN': '有人冒充医保局' }),
      photo_file_id: null,
      target: JSON.stringify({ all: true }),
      not_before: null,
      author_id: OFFICER,
      status: 'approved',
      approver_id: ADMIN,
      direct: 0,
      recipients: 1,
      broadcast_ids: '[1]',
      created_at: AT(12),
      decided_at: AT(13),
    })
    .execute();
  await db
    .insertInto('broadcasts')
    .values({
      kind: 'urgent',
      text: '有人冒充医保局',
      priority: 20,
      status: 'done',
      author_id: OFFICER,
      approver_id: ADMIN,
      created_at: AT(13),
    })
    .execute();
  const question = (asker_id: number, minute: number) => ({
    asker_id,
    village_code: 'wl-hongqi',
    officer_id: OFFICER,
    question: `问题 ${minute}`,
    share_contact: 0,
    status: 'open',
    created_at: AT(minute),
  });
  await db
    .insertInto('officer_questions')
    .values([question(VILLAGER, 15), question(0, 16), question(0, 17)])
    .execute();
  await db
    .insertInto('web_question_askers')
    .values([
      { question_id: 2, device_id: 'd-known' },
      { question_id: 3, device_id: 'd-unseen' }, // a device no person has yet
    ])
    .execute();
}

describe.each(ENGINES)('officers as people, upgrading a populated database on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.cleanup();
  });

  it('names every actor, author, approver, asker and officer by person, and loses nothing', async () => {
    store = await createTestStore(engine, { upTo: BEFORE });
    // biome-ignore lint/suspicious/noExplicitAny: the old schema.
    const old = store.db as unknown as Kysely<any>;
    await fillAsOldVersion(store, old);

    expect(await migrateToLatest(store.db)).toContain('2026-12-13-officer-persons');
    const { db } = store;
    const person = async (a: Parameters<typeof personOf>[1]) => (await personOf(db, a)) as number;
    const officer = await person(telegramAddress(OFFICER));
    const villager = await person(telegramAddress(VILLAGER));
    // The admin who never wrote to the bot, and the unseen web device, got persons of their own.
    const admin = await person(telegramAddress(ADMIN));
    const known = await person(webAddress('d-known'));
    const unseen = await person(webAddress('d-unseen'));
    expect(new Set([officer, villager, admin, known, unseen]).size).toBe(5);
    // The ids really changed meaning: no Telegram id is left where a person id belongs.
    expect(officer).not.toBe(OFFICER);

    expect((await getReport(db, 1))?.assignedOfficerId).toBe(officer);
    expect((await listReports(db, { assignedTo: officer })).map((r) => r.id)).toEqual([1]);
    const events = await db.selectFrom('report_events').select('actor_id').orderBy('id').execute();
    expect(events.map((e) => e.actor_id)).toEqual([null, officer, officer]);
    // The officer's name still shows on their note.
    expect((await historyEvents(db, [1])).get(1)?.map((e) => e.officerName)).toEqual(['李警官']);
    const audit = await listAudit(db, {});
    expect(
      audit
        .map((a) => [a.action, a.actorId])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ['broadcast.approve', admin],
      ['report.accept', officer],
      ['report.created', null],
    ]);
    const blocked = await db.selectFrom('blocklist').select('added_by').executeTakeFirstOrThrow();
    expect(Number(blocked.added_by)).toBe(officer);
    const ledger = await db.selectFrom('point_ledger').select('actor_id').executeTakeFirstOrThrow();
    expect(Number(ledger.actor_id)).toBe(officer);
    expect(await getRequest(db, 1)).toMatchObject({ authorId: officer, approverId: admin });
    const broadcast = await db
      .selectFrom('broadcasts')
      .select(['author_id', 'approver_id'])
      .executeTakeFirstOrThrow();
    expect([Number(broadcast.author_id), Number(broadcast.approver_id)]).toEqual([officer, admin]);
    for (const [id, asker] of [
      [1, villager],
      [2, known],
      [3, unseen],
    ] as const)
      expect(await getQuestion(db, id)).toMatchObject({ askerId: asker, officerId: officer });

    // The officer is found by person as by Telegram user, with their role.
    expect(await getPerson(db, officer)).toMatchObject({ personId: officer, role: 'officer' });
    expect((await getUser(db, OFFICER))?.personId).toBe(officer);

    // The ledger and the audit log are append-only again.
    await expect(sql`update point_ledger set actor_id = ${admin}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`update audit_log set actor_id = ${admin}`.execute(db)).rejects.toThrow(
      /append-only/,
    );

    // Running the migrations again is a no-op.
    expect(await migrateToLatest(store.db)).toEqual([]);
  });
});
