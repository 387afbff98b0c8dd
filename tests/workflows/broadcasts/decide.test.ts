/**
 * A review decision without any channel: the decision, its audit row and the whole outbox
 * commit together or not at all, and the author's rights are read again at approval, so a
 * request from an officer revoked (or moved) since writing it can only reach fewer people,
 * never the whole county.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideBroadcast } from '../../../src/bot/broadcasts/decide.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { DEFAULT_SUBSCRIPTION } from '../../../src/domain/awareness/subscription.js';
import type { TargetSpec } from '../../../src/domain/broadcasts/request.js';
import type { Notice } from '../../../src/domain/notices/notice.js';
import { effectivePerson } from '../../../src/domain/people/roles.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { createRequest, getRequest } from '../../../src/store/broadcast-requests.repository.js';
import {
  ensureUser,
  getUser,
  grantOfficer,
  revokeOfficer,
  setLanguage,
  setVillage,
} from '../../../src/store/users.repository.js';
import { seeWebResident, updateWebResident } from '../../../src/store/web-residents.repository.js';
import { saveWebSubscription } from '../../../src/store/web-subscriptions.repository.js';
import { saveWechatResident } from '../../../src/store/wechat.repository.js';
import type { Described } from '../../../src/workflows/described.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const ADMIN = 900001;
const OFFICER = 200001;
const REVIEWER = 200002;
const RESIDENTS = [
  [100001, 'wl-hongqi'],
  [100002, 'wl-hongqi'],
  [100003, 'by-bayan'],
  [100004, 'xm-xinmin'],
] as const;

describe.each(ENGINES)('deciding a broadcast request on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await grantOfficer(store.db, REVIEWER, { kind: 'station', code: 'ST-WULAN' }, '王警官');
    await ensureUser(store.db, ADMIN, '赵所长');
    for (const [id, village] of RESIDENTS) {
      await ensureUser(store.db, id, `村民${id}`);
      await setLanguage(store.db, id, 'zh-CN');
      await setVillage(store.db, id, village);
    }
  });
  afterEach(() => store.cleanup());

  const deps = () => ({
    db: store.db,
    translate: (_locale: string, key: string) => key,
    timeZone: 'Asia/Shanghai',
    adminIds: new Set([ADMIN]),
  });
  const request = (target: TargetSpec = { all: true }, kind: 'urgent' | 'antifraud' = 'urgent') =>
    createRequest(store.db, {
      kind,
      texts: { 'zh-CN': '有人冒充医保局打电话要验证码' },
      photoFileId: null,
      target,
      notBefore: null,
      authorId: OFFICER,
    });
  const admin = async () =>
    effectivePerson(ADMIN, await getUser(store.db, ADMIN), new Set([ADMIN]));
  const count = async (table: 'broadcasts' | 'broadcast_recipients') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('approves with the whole outbox and one audit row', async () => {
    const pending = await request();
    const decision = await decideBroadcast(deps(), pending, await admin(), true);
    // "Everyone" for an officer of 乌兰 means the station's villages (红旗 and 巴彦), not 新民.
    expect(decision).toMatchObject({ decided: true, recipients: 3 });
    expect(await count('broadcast_recipients')).toBe(3);
    expect((await getRequest(store.db, pending.id))?.status).toBe('approved');
    expect(await listAudit(store.db, { action: 'broadcast.approve' })).toHaveLength(1);
    // A second tap (or a second reviewer) decides nothing and enqueues nothing more.
    expect(await decideBroadcast(deps(), pending, await admin(), true)).toEqual({
      decided: false,
    });
    expect(await count('broadcast_recipients')).toBe(3);
  });

  it('a request from an officer revoked since reaches nobody, not the whole county', async () => {
    const pending = await request();
    await revokeOfficer(store.db, OFFICER);
    const decision = await decideBroadcast(deps(), pending, await admin(), true);
    expect(decision).toMatchObject({ decided: true, recipients: 0 });
    expect(await count('broadcast_recipients')).toBe(0);
    const [audit] = await listAudit(store.db, { action: 'broadcast.approve' });
    expect(audit?.detail).toMatchObject({ author: OFFICER, recipients: 0 });
  });

  it('an officer moved to a township since writing reaches only that township', async () => {
    const pending = await request();
    await grantOfficer(store.db, OFFICER, { kind: 'township', code: 'T-BAYAN' }, '李警官');
    const decision = await decideBroadcast(deps(), pending, await admin(), true);
    expect(decision).toMatchObject({ decided: true, recipients: 1 });
    const rows = await store.db.selectFrom('broadcast_recipients').select('user_id').execute();
    expect(rows.map((r) => Number(r.user_id))).toEqual([100003]);
  });

  it('a failure while writing the outbox leaves the request undecided, with nothing half-sent', async () => {
    const pending = await request();
    // The database refuses the outbox rows half-way through the approval.
    if (engine === 'sqlite')
      await sql`create trigger refuse_outbox before insert on broadcast_recipients
        begin select raise(abort, 'disk full'); end`.execute(store.db);
    else {
      await sql`create function refuse_outbox() returns trigger language plpgsql as
        $$ begin raise exception 'disk full'; end $$`.execute(store.db);
      await sql`create trigger refuse_outbox before insert on broadcast_recipients
        for each row execute function refuse_outbox()`.execute(store.db);
    }
    await expect(decideBroadcast(deps(), pending, await admin(), true)).rejects.toThrow(
      /disk full/,
    );
    expect((await getRequest(store.db, pending.id))?.status).toBe('pending_review');
    expect(await count('broadcasts')).toBe(0);
    expect(await listAudit(store.db, { action: 'broadcast.approve' })).toHaveLength(0);

    // Once the database is well again, the same request can be approved in full.
    await sql`drop trigger refuse_outbox${sql.raw(engine === 'sqlite' ? '' : ' on broadcast_recipients')}`.execute(
      store.db,
    );
    const reviewer = effectivePerson(REVIEWER, await getUser(store.db, REVIEWER), new Set());
    expect(await decideBroadcast(deps(), pending, reviewer, true)).toMatchObject({
      decided: true,
      recipients: 3,
    });
    expect(await count('broadcast_recipients')).toBe(3);
  });

  describe('residents outside Telegram', () => {
    beforeEach(async () => {
      // Two web devices in 乌兰 (one has anti-fraud tips off), one in 新民; WeChat alike.
      for (const [device, village] of [
        ['webDeviceHongqi0000001', 'wl-hongqi'],
        ['webDeviceBayan00000002', 'by-bayan'],
        ['webDeviceXinmin0000003', 'xm-xinmin'],
      ] as const) {
        await seeWebResident(store.db, device, 'zh-CN');
        await updateWebResident(store.db, device, { villageCode: village });
      }
      const noTips = structuredClone(DEFAULT_SUBSCRIPTION);
      noTips.topics.antifraud = false;
      await saveWebSubscription(store.db, 'webDeviceBayan00000002', noTips);
      await saveWechatResident(store.db, 'o_hongqi', { villageCode: 'wl-hongqi' });
      await saveWechatResident(store.db, 'o_left', { villageCode: 'wl-hongqi', subscribed: false });
      await saveWechatResident(store.db, 'o_xinmin', { villageCode: 'xm-xinmin' });
    });
    const outbox = async () =>
      (
        await store.db
          .selectFrom('notices')
          .select(['channel', 'recipient', 'kind', 'payload', 'priority'])
          .orderBy('recipient')
          .execute()
      ).map((n) => `${n.channel}:${n.recipient}:${n.kind}:${n.payload}`);

    it('an urgent warning reaches web devices and WeChat followers in scope, in the same transaction', async () => {
      const pending = await request();
      const decision = await decideBroadcast(deps(), pending, await admin(), true);
      // 3 on Telegram, 2 web devices, 1 WeChat follower.
      expect(decision).toMatchObject({ decided: true, recipients: 6 });
      const payload = JSON.stringify({ requestId: pending.id });
      expect(await outbox()).toEqual([
        `wechat:o_hongqi:broadcast:${payload}`,
        `web:webDeviceBayan00000002:broadcast:${payload}`,
        `web:webDeviceHongqi0000001:broadcast:${payload}`,
      ]);
      // Approving again adds nothing.
      await decideBroadcast(deps(), pending, await admin(), true);
      expect(await outbox()).toHaveLength(3);
    });

    it('reaches only the channels this deployment delivers on, so nothing waits for a channel that is off', async () => {
      const pending = await request();
      const decision = await decideBroadcast(
        { ...deps(), channels: new Set(['web']) },
        pending,
        await admin(),
        true,
      );
      // 3 on Telegram and 2 web devices; WeChat is off here, so its follower gets nothing.
      expect(decision).toMatchObject({ decided: true, recipients: 5 });
      expect((await outbox()).every((n) => n.startsWith('web:'))).toBe(true);
    });

    it('anti-fraud tips follow each device’s settings, and WeChat followers (who have none) get none', async () => {
      const pending = await request({ all: true }, 'antifraud');
      await decideBroadcast(deps(), pending, await admin(), true);
      expect((await outbox()).map((n) => n.split(':').slice(0, 2).join(':'))).toEqual([
        'web:webDeviceHongqi0000001',
      ]);
    });

    it('the web inbox shows the warning’s kind and the officer’s words as typed', async () => {
      const pending = await request();
      await decideBroadcast(deps(), pending, await admin(), true);
      const row = await store.db
        .selectFrom('notices')
        .selectAll()
        .where('recipient', '=', 'webDeviceHongqi0000001')
        .executeTakeFirstOrThrow();
      const stored: Described[] = [];
      const deliver = webDeliverer({
        storeMessage: async (_trx, _device, message) => {
          stored.push(typeof message === 'function' ? message('zh-CN') : message);
          return null;
        },
      });
      const result = await deliver({
        id: Number(row.id),
        idempotencyKey: row.idempotency_key,
        channel: 'web',
        recipient: row.recipient,
        kind: 'broadcast',
        payload: JSON.parse(row.payload),
        priority: Number(row.priority),
        attempts: 0,
        status: 'pending',
      } as Notice);
      expect(result.ok).toBe(true);
      if (result.ok) await result.record?.(store.db);
      expect(stored[0]?.blocks).toEqual([
        { type: 'title', text: { key: 'broadcast-header-urgent' } },
        { type: 'paragraph', text: { text: '有人冒充医保局打电话要验证码' } },
      ]);
    });
  });
});
