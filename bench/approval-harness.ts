/**
 * Approving warnings under `kill -9` (issue 10: "either not approved, or approved with its
 * complete outbox; never in between"). The real bot process against the Bot API emulator: an
 * admin presses ✅ on pending requests whose audience is a few thousand residents, and the
 * process is killed at a random moment of the approval, then restarted; a request still pending
 * is pressed again. After every restart and at the end each request is checked: pending with no
 * broadcast rows, or approved with exactly its audience in the outbox and one audit row.
 * Shared by `bench/approval.bench.ts` and `tests/app/approval-kill.test.ts`.
 */
import { telegramAddress } from '../src/domain/people/addresses.js';
import { createBotApiEmulator } from '../src/sandbox/emulator.js';
import { createRequest, getRequest } from '../src/store/broadcast-requests.repository.js';
import { type Db, openStore } from '../src/store/database.js';
import { personOf } from '../src/store/people.repository.js';
import { grantOfficer } from '../src/store/users.repository.js';
import { botProcess, freshDatabaseUrl, waitUntil } from './bot-process.js';

const ADMIN = 900001;
const OFFICER = 200001;
/** 乌兰 station's villages (in the officer's scope) and one of 新民 (outside it). */
const VILLAGES = ['wl-hongqi', 'wl-qianjin', 'by-bayan', 'xm-xinmin'];

export interface ApprovalOptions {
  requests: number;
  residents: number;
  engine: 'sqlite' | 'postgres';
  postgresUrl?: string;
  /** The kill comes this many milliseconds (at most, uniformly) after the press. */
  maxDelayMs?: number;
}

export interface ApprovalFigures {
  requests: number;
  kills: number;
  /** Approved at the end (every request is pressed until it is). */
  approved: number;
  /** Seen after a restart: approved with fewer (or more) outbox rows than its audience. */
  approved_incomplete: number;
  /** Seen after a restart: still pending but with broadcast rows written. */
  pending_with_outbox: number;
  /** Kills that left the request pending (the approval had not committed) / approved. */
  killed_before_commit: number;
  killed_after_commit: number;
  /** Approved with other than exactly one approval audit row. */
  audit_mismatch: number;
  audience: number;
  seconds: number;
}

async function seedResidents(db: Db, count: number): Promise<void> {
  const now = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    telegram_id: 300000 + i,
    first_name: `村民${i}`,
    language: 'zh-CN',
    village_code: VILLAGES[i % VILLAGES.length] as string,
    role: 'resident',
    scope_kind: null,
    scope_code: null,
    active: 1,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('users')
      .values(rows.slice(i, i + 500))
      .execute();
}

async function outboxRows(db: Db, broadcastIds: number[]): Promise<number> {
  if (broadcastIds.length === 0) return 0;
  const row = await db
    .selectFrom('broadcast_recipients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('broadcast_id', 'in', broadcastIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function runApprovalReliability(o: ApprovalOptions): Promise<ApprovalFigures> {
  const started = performance.now();
  const emulator = createBotApiEmulator({
    token: '5550001:EMULATOR-test-token-0000000000',
    port: 0,
    limits: false,
  });
  await emulator.start();
  emulator.addUser({ id: ADMIN, first_name: '赵所长', language_code: 'zh-hans' });
  const url = await freshDatabaseUrl(o.engine, o.postgresUrl);
  const bot = botProcess(emulator, url, { ADMIN_IDS: String(ADMIN) });
  await bot.start();
  const store = openStore(url);
  await seedResidents(store.db, o.residents);
  await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
  // Requests name their author by person (migration 2026-12-13-officer-persons).
  const officerPerson = await personOf(store.db, telegramAddress(OFFICER));
  if (officerPerson === null) throw new Error('the officer has no person after grantOfficer');
  // Three of the four villages are in the officer's station.
  const audience = o.residents - Math.floor(o.residents / VILLAGES.length);

  // The admin's chat needs a bot message for the presses to point at.
  emulator.sendText(ADMIN, '/start');
  await waitUntil(emulator, () => emulator.messages(ADMIN).some((m) => m.from === 'bot'), 30_000);
  const anchor = emulator.messages(ADMIN).find((m) => m.from === 'bot')?.message_id ?? 1;

  const figures = {
    approved_incomplete: 0,
    pending_with_outbox: 0,
    killed_before_commit: 0,
    killed_after_commit: 0,
  };
  async function check(id: number): Promise<'approved' | 'pending'> {
    const r = await getRequest(store.db, id);
    const rows = await outboxRows(store.db, r?.broadcastIds ?? []);
    const broadcasts = await store.db
      .selectFrom('broadcasts')
      .select('id')
      .where('author_id', '=', officerPerson)
      .execute();
    if (r?.status === 'approved') {
      if (rows !== audience || r.recipients !== audience) figures.approved_incomplete++;
      return 'approved';
    }
    // Pending: no broadcast of this request may exist (every approved one is accounted for).
    const approvedIds = new Set(
      (
        await store.db
          .selectFrom('broadcast_requests')
          .select('broadcast_ids')
          .where('status', '=', 'approved')
          .execute()
      ).flatMap((x) => JSON.parse(x.broadcast_ids) as number[]),
    );
    if (broadcasts.some((b) => !approvedIds.has(Number(b.id)))) figures.pending_with_outbox++;
    return 'pending';
  }

  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  let approved = 0;
  for (let i = 0; i < o.requests; i++) {
    // Held until tomorrow, so nothing is delivered (and no resident drops out) during the run.
    const request = await createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': `第${i}条：有人冒充医保局打电话要验证码` },
      photoFileId: null,
      target: { all: true },
      notBefore: tomorrow,
      authorId: officerPerson,
    });
    for (let attempt = 0; attempt < 8; attempt++) {
      emulator.sendRawCallback(ADMIN, ADMIN, anchor, `brv:${request.id}:approve`);
      if (attempt === 0) {
        // The first press is cut short at a random moment; a retry is left to finish.
        await new Promise((r) => setTimeout(r, Math.random() * (o.maxDelayMs ?? 150)));
        await bot.killAndRestart();
        const state = await check(request.id);
        figures[state === 'approved' ? 'killed_after_commit' : 'killed_before_commit']++;
        if (state === 'approved') break;
        continue;
      }
      const deadline = Date.now() + 10_000;
      while (
        Date.now() < deadline &&
        (await getRequest(store.db, request.id))?.status !== 'approved'
      )
        await new Promise((r) => setTimeout(r, 50));
      if ((await check(request.id)) === 'approved') break;
    }
    if ((await getRequest(store.db, request.id))?.status === 'approved') approved++;
  }

  const audits = await store.db
    .selectFrom('audit_log')
    .select(['subject', (eb) => eb.fn.countAll<number>().as('n')])
    .where('action', '=', 'broadcast.approve')
    .groupBy('subject')
    .execute();
  const result: ApprovalFigures = {
    requests: o.requests,
    kills: bot.kills,
    approved,
    ...figures,
    audit_mismatch:
      approved -
      audits.filter((a) => Number(a.n) === 1).length +
      audits.filter((a) => Number(a.n) !== 1).length,
    audience,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  bot.stop();
  await store.close();
  await emulator.stop();
  return result;
}
