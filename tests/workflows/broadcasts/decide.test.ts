/**
 * A review decision without any channel: the decision, its audit row and the whole outbox
 * commit together or not at all, and the author's rights are read again at approval, so a
 * request from an officer revoked (or moved) since writing it can only reach fewer people,
 * never the whole county.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { DEFAULT_SUBSCRIPTION } from '../../../src/domain/awareness/subscription.js';
import type { TargetSpec } from '../../../src/domain/broadcasts/request.js';
import type { Notice } from '../../../src/domain/notices/notice.js';
import {
  telegramAddress,
  webAddress,
  wechatAddress,
} from '../../../src/domain/people/addresses.js';
import { effectivePerson } from '../../../src/domain/people/roles.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { createRequest, getRequest } from '../../../src/store/broadcast-requests.repository.js';
import { ensurePerson } from '../../../src/store/people.repository.js';
import { saveSmsAddress } from '../../../src/store/sms-addresses.repository.js';
import {
  ensureUser,
  getUser,
  grantOfficer,
  revokeOfficer,
  setLanguage,
  setVillage,
} from '../../../src/store/users.repository.js';
import { seeWebResident, updateWebResident } from '../../../src/store/web-residents.repository.js';
import { linkWechatDevice, saveWechatResident } from '../../../src/store/wechat.repository.js';
import { changeReminders } from '../../../src/workflows/awareness/reminder-settings.js';
import { decideBroadcast } from '../../../src/workflows/broadcasts/decide-request.js';
import type { Described } from '../../../src/workflows/described.js';
import { createTestStore, ENGINES, saveSettingsOf, type TestStore } from '../../helpers/store.js';

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
  // Workflows know people by our id: the persons of the Telegram users above.
  let adminPerson: number;
  let officerPerson: number;
  let reviewerPerson: number;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await grantOfficer(store.db, REVIEWER, { kind: 'station', code: 'ST-WULAN' }, '王警官');
    await ensureUser(store.db, ADMIN, '赵所长');
    adminPerson = await ensurePerson(store.db, telegramAddress(ADMIN));
    officerPerson = await ensurePerson(store.db, telegramAddress(OFFICER));
    reviewerPerson = await ensurePerson(store.db, telegramAddress(REVIEWER));
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
    adminPersons: new Set([adminPerson]),
  });
  const request = (
    target: TargetSpec = { all: true },
    kind: 'urgent' | 'antifraud' | 'notice' = 'urgent',
    notBefore: Date | null = null,
  ) =>
    createRequest(store.db, {
      kind,
      texts: { 'zh-CN': '有人冒充医保局打电话要验证码' },
      photoFileId: null,
      target,
      notBefore,
      authorId: officerPerson,
    });
  const admin = async () => effectivePerson(adminPerson, await getUser(store.db, ADMIN), true);
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
    expect(audit?.detail).toMatchObject({ author: officerPerson, recipients: 0 });
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
    const reviewer = effectivePerson(reviewerPerson, await getUser(store.db, REVIEWER), false);
    expect(await decideBroadcast(deps(), pending, reviewer, true)).toMatchObject({
      decided: true,
      recipients: 3,
    });
    expect(await count('broadcast_recipients')).toBe(3);
  });

  describe('one person, several addresses', () => {
    // 王大妈 has a web device opened from the WeChat menu (linked to her follower), an older
    // device linked to the same follower, and a verified SMS number; 老张 has one of each, unlinked.
    const DAY = 86_400_000;
    const T = new Date('2026-12-01T02:00:00Z');
    const WANG = 'webDeviceWang000000001';
    const WANG_OLD = 'webDeviceWangOld000002';
    const ZHANG = 'webDeviceZhang00000003';
    let smsId = 0;
    /** Her last visit to the web chat and her last message to the account. */
    const wangUsed = async (web: Date, wechat: Date) => {
      await seeWebResident(store.db, WANG, 'zh-CN', web);
      await saveWechatResident(store.db, 'o_wang', { messageAt: wechat }, wechat);
    };
    beforeEach(async () => {
      for (const [device, seen] of [
        [WANG_OLD, new Date(T.getTime() - 5 * DAY)],
        [WANG, T],
        [ZHANG, T],
      ] as const) {
        await seeWebResident(store.db, device, 'zh-CN', seen);
        await updateWebResident(store.db, device, { villageCode: 'wl-hongqi' });
      }
      await saveWechatResident(store.db, 'o_wang', { villageCode: 'wl-hongqi', messageAt: T }, T);
      await saveWechatResident(store.db, 'o_zhang', { villageCode: 'wl-hongqi', messageAt: T }, T);
      await linkWechatDevice(store.db, WANG_OLD, 'o_wang', new Date(T.getTime() - 5 * DAY));
      await linkWechatDevice(store.db, WANG, 'o_wang', T);
      ({ id: smsId } = await saveSmsAddress(
        store.db,
        {
          phone: '13800138000',
          villageCode: null,
          language: 'zh-CN',
          consent: 'web',
          deviceId: WANG,
          urgent: true,
          reportNews: true,
          verifiedAt: T,
        },
        T,
      ));
    });
    /** The outbox as `channel:recipient@due`, sorted. */
    const outbox = async () =>
      (
        await store.db
          .selectFrom('notices')
          .select(['channel', 'recipient', 'next_attempt_at'])
          .where('kind', '=', 'broadcast')
          .execute()
      )
        .map((n) => `${n.channel}:${n.recipient}@${n.next_attempt_at}`)
        .sort();
    const addresses = async () => (await outbox()).map((n) => n.split('@')[0]);

    it('an urgent warning reaches every address she has exactly once: both devices, WeChat and SMS', async () => {
      const pending = await request();
      await decideBroadcast(deps(), pending, await admin(), true);
      await decideBroadcast(deps(), pending, await admin(), true);
      expect(await addresses()).toEqual([
        `sms:${smsId}`,
        'web:webDeviceWang000000001',
        'web:webDeviceWangOld000002',
        'web:webDeviceZhang00000003',
        'wechat:o_wang',
        'wechat:o_zhang',
      ]);
    });

    it('a notice reaches her once, in WeChat, even when she visited the linked page after writing', async () => {
      // The linked page is WeChat's own browser: visiting it is using WeChat, and only the chat
      // message is one WeChat tells her about.
      await wangUsed(new Date(T.getTime() + 60_000), T);
      const decision = await decideBroadcast(
        deps(),
        await request({ all: true }, 'notice'),
        await admin(),
        true,
      );
      expect(await addresses()).toEqual([
        'web:webDeviceZhang00000003',
        'wechat:o_wang',
        'wechat:o_zhang',
      ]);
      // 3 on Telegram, her one copy, and 老张's two unlinked addresses.
      expect(decision).toMatchObject({ decided: true, recipients: 6 });
    });

    it('a notice reaches her once, in WeChat when she wrote there after her last visit', async () => {
      await wangUsed(T, new Date(T.getTime() + 60_000));
      await decideBroadcast(deps(), await request({ all: true }, 'notice'), await admin(), true);
      expect(await addresses()).toEqual([
        'web:webDeviceZhang00000003',
        'wechat:o_wang',
        'wechat:o_zhang',
      ]);
    });

    it('a notice goes to her web chat when WeChat is not delivered here, though she used it last', async () => {
      await wangUsed(T, new Date(T.getTime() + 60_000));
      await decideBroadcast(
        { ...deps(), channels: new Set(['web', 'sms']) },
        await request({ all: true }, 'notice'),
        await admin(),
        true,
      );
      expect(await addresses()).toEqual([
        'web:webDeviceWang000000001',
        'web:webDeviceZhang00000003',
      ]);
    });

    it('her WeChat copy keeps the quiet hours she set in the web chat; an unlinked follower keeps the defaults', async () => {
      await wangUsed(T, new Date(T.getTime() + 60_000));
      const sub = structuredClone(DEFAULT_SUBSCRIPTION);
      sub.quietStart = '20:00';
      sub.quietEnd = '08:00';
      await saveSettingsOf(store.db, webAddress(WANG), sub);
      // 20:30 in the county: quiet for her (20:00–08:00), not yet for the defaults (21:00–07:30).
      const at = new Date('2030-01-15T12:30:00.000Z');
      const decision = await decideBroadcast(
        deps(),
        await request({ all: true }, 'notice', at),
        await admin(),
        true,
      );
      expect(await outbox()).toEqual([
        `web:webDeviceZhang00000003@${at.toISOString()}`,
        'wechat:o_wang@2030-01-16T00:00:00.000Z',
        `wechat:o_zhang@${at.toISOString()}`,
      ]);
      expect(decision).toMatchObject({
        decided: true,
        heldUntil: new Date('2030-01-16T00:00:00Z'),
      });
    });
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
      await saveSettingsOf(store.db, webAddress('webDeviceBayan00000002'), noTips);
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

    it('anti-fraud tips follow each device’s and each follower’s settings', async () => {
      // o_xinmin turned anti-fraud tips off in WeChat's 提醒设置 (kept by their person).
      await changeReminders(
        store.db,
        { personId: await ensurePerson(store.db, wechatAddress('o_xinmin')) },
        { toggle: 'antifraud' },
      );
      const pending = await request({ all: true }, 'antifraud');
      await decideBroadcast(deps(), pending, await admin(), true);
      expect((await outbox()).map((n) => n.split(':').slice(0, 2).join(':'))).toEqual([
        'wechat:o_hongqi',
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
