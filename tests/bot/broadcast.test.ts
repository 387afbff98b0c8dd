import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION } from '../../src/domain/awareness/subscription.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { getRequest } from '../../src/store/broadcast-requests.repository.js';
import { personOf } from '../../src/store/people.repository.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { ADMIN_ID, createTestApp, type TestApp, type TestPerson } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { saveSettingsOf } from '../helpers/store.js';

const OFFICER = 200001;
const OFFICER_2 = 200002;

describe('officer broadcasts with review', () => {
  // Report numbers, rate limits and send-later times are counted from one fixed instant.
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await grantOfficer(app.store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await grantOfficer(app.store.db, OFFICER_2, { kind: 'township', code: 'T-BAYAN' }, '巴特尔');
    for (const [id, village] of [
      [100001, 'wl-hongqi'],
      [100002, 'wl-hongqi'],
      [100003, 'by-bayan'],
      [100004, 'xm-xinmin'],
    ] as const) {
      const v = app.person({ id });
      await v.send(`/start v_${village}`);
      await v.tap('lang:zh-CN');
    }
    const sub = structuredClone(DEFAULT_SUBSCRIPTION);
    sub.topics.antifraud = false;
    await saveSettingsOf(app.store.db, telegramAddress(100002), sub);
  });
  afterEach(() => app.stop());

  async function compose(officer: TestPerson, kind: string, text: string) {
    await officer.send('/broadcast');
    await officer.tap(`bck:${kind}`);
    await officer.send(text);
  }

  async function recipients(requestId: number) {
    const request = await getRequest(app.store.db, requestId);
    const rows = await app.store.db
      .selectFrom('broadcast_recipients')
      .select('user_id')
      .where('broadcast_id', 'in', request?.broadcastIds.length ? request.broadcastIds : [-1])
      .execute();
    return rows.map((r) => Number(r.user_id)).sort();
  }

  it('previews exactly, counts recipients, goes to review, and reaches only the subscribed villagers in scope once approved', async () => {
    const officer = app.person({ id: OFFICER });
    await compose(officer, 'antifraud', '近期有人冒充<医保局>打电话 & 要验证码，请勿相信！');
    await officer.tap('bcl:done');
    await officer.tap('bcn');
    await officer.tap('bcg:all');
    expect(officer.lastText()).toContain('共 2 位村民');
    await officer.tap('bcw:now');
    const preview = officer.texts().find((t) => t.includes('预览'));
    expect(preview).toContain('&lt;医保局&gt;');
    expect(preview).toContain('&amp;');
    await officer.tap('bcs:submit');
    expect(officer.lastText()).toMatch(/已提交审核（编号 #1）/);
    expect(await recipients(1)).toEqual([]);

    const admin = app.person({ id: ADMIN_ID });
    expect(admin.lastText()).toContain('待审核提醒 #1');
    await officer.forge('brv:1:approve');
    expect((await listAudit(app.store.db, { action: 'refused' })).at(-1)?.detail.reason).toBe(
      'own broadcast',
    );
    const resident = app.person({ id: 100001 });
    await resident.forge('brv:1:approve');
    expect((await listAudit(app.store.db, { action: 'refused' })).at(-1)?.actorId).toBe(
      await personOf(app.store.db, telegramAddress(100001)),
    );
    expect((await getRequest(app.store.db, 1))?.status).toBe('pending_review');

    await admin.tap('brv:1:approve');
    expect((await getRequest(app.store.db, 1))?.status).toBe('approved');
    // 100002 turned anti-fraud tips off; 100004 lives in another station's area.
    expect(await recipients(1)).toEqual([100001, 100003]);
    expect(officer.lastText()).toContain('已由');
    const audit = await listAudit(app.store.db, { subject: 'broadcast:1' });
    expect(audit.map((a) => a.action)).toEqual(['broadcast.request', 'broadcast.approve']);
    // Author and approver are named by person.
    const person = (id: number) => personOf(app.store.db, telegramAddress(id));
    expect(audit[1]?.detail).toMatchObject({
      author: await person(OFFICER),
      approver: await person(ADMIN_ID),
    });
  });

  it('an approval pressed again after a restart ("query is too old") still tells the reviewer and the author', async () => {
    const officer = app.person({ id: OFFICER });
    await compose(officer, 'antifraud', '近期有人冒充医保局打电话要验证码，请勿相信！');
    await officer.tap('bcl:done');
    await officer.tap('bcn');
    await officer.tap('bcg:all');
    await officer.tap('bcw:now');
    await officer.tap('bcs:submit');
    const admin = app.person({ id: ADMIN_ID });
    app.telegram.failNext('answerCallbackQuery', {
      error_code: 400,
      description:
        'Bad Request: query is too old and response timeout expired or query ID is invalid',
    });
    await admin.tap('brv:1:approve');
    expect((await getRequest(app.store.db, 1))?.status).toBe('approved');
    expect(admin.lastText()).toContain('已批准');
    expect(officer.lastText()).toContain('已由');
    expect(app.logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('lets another officer of the same station approve, but not an officer elsewhere', async () => {
    await grantOfficer(app.store.db, 300001, { kind: 'station', code: 'ST-XINMIN' });
    const officer = app.person({ id: OFFICER });
    await compose(officer, 'traffic', '明天村口修路，请绕行。');
    await officer.tap('bcl:done');
    await officer.tap('bcn');
    await officer.tap('bcg:villages');
    await officer.tap('bcp:wl-hongqi');
    await officer.tap('bcg:done');
    await officer.tap('bcw:now');
    await officer.tap('bcs:submit');
    await app.person({ id: 300001 }).forge('brv:1:approve');
    expect((await getRequest(app.store.db, 1))?.status).toBe('pending_review');
    await app.person({ id: OFFICER_2 }).forge('brv:1:approve');
    expect((await getRequest(app.store.db, 1))?.status).toBe('approved');
    expect(await recipients(1)).toEqual([100001, 100002]);
  });

  it('lets an admin send an urgent warning directly, and records it', async () => {
    const admin = app.person({ id: ADMIN_ID });
    await compose(admin, 'urgent', '今天有人冒充医保局给乌兰镇村民打电话，挂掉！');
    await admin.tap('bcl:done');
    await admin.tap('bcn');
    await admin.tap('bcg:townships');
    await admin.tap('bcp:T-WULAN');
    await admin.tap('bcg:done');
    await admin.tap('bcw:now');
    await admin.tap('bcs:direct');
    expect(admin.lastText()).toContain('已直接发出');
    expect(await recipients(1)).toEqual([100001, 100002]);
    expect(await listAudit(app.store.db, { action: 'broadcast.direct' })).toHaveLength(1);
  });

  it('rejects empty and over-long text before review, warns on an empty target, and refuses residents', async () => {
    const officer = app.person({ id: OFFICER });
    await compose(officer, 'notice', '   ');
    expect(officer.lastText()).toContain('内容是空的');
    await officer.send('字'.repeat(4000));
    expect(officer.lastText()).toContain('太长');
    await officer.send('通知');
    await officer.tap('bcl:done');
    await officer.tap('bcn');
    await officer.tap('bcg:villages');
    await officer.tap('bcg:done');
    expect(officer.texts().join('\n')).toContain('没有能收到');
    const resident = app.person({ id: 100001 });
    await resident.send('/broadcast');
    expect(resident.lastText()).toContain('只供民警');
    expect((await listAudit(app.store.db, { action: 'refused' })).at(-1)?.detail).toMatchObject({
      command: 'broadcast',
    });
  });
});
