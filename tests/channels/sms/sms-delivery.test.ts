/**
 * SMS through the notices outbox, on a real database and the real notice loop, with Aliyun
 * answered by nock at its real endpoint: an urgent warning approved for a township enqueues one
 * SMS per SMS address there and each is sent once; a throttling answer is retried a bounded
 * number of times with backoff, then failed; a template error fails at once; the rate limits
 * make notices wait without failing them; the provider's message id is kept for receipts.
 */
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { aliyunSms } from '../../../src/channels/sms/aliyun.js';
import type { SmsProvider } from '../../../src/channels/sms/provider.js';
import { smsDeliverer } from '../../../src/channels/sms/sms-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { createRequest } from '../../../src/store/broadcast-requests.repository.js';
import { saveSmsAddress } from '../../../src/store/sms-addresses.repository.js';
import { recordSmsReceipt } from '../../../src/store/sms-messages.repository.js';
import { ensureUser, grantOfficer } from '../../../src/store/users.repository.js';
import { publishToOtherChannels } from '../../../src/workflows/broadcasts/publish-channels.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const t = createWebTranslate(LOCALES_DIR);
const ADMIN = 900001;
const OFFICER = 200001;
const templates = {
  signName: '乌兰县公安局',
  code: 'SMS_100',
  urgent: 'SMS_200',
  report: 'SMS_300',
};

describe.each(ENGINES)('SMS notices through the outbox on %s', (engine) => {
  let store: TestStore;
  let clock: Date;
  const sent: { phone: string; template: string; params: Record<string, string> }[] = [];
  /** Aliyun's answers, in order; each request is recorded in `sent`. */
  let answers: [number, Record<string, string>][] = [];

  beforeEach(async () => {
    nock.disableNetConnect();
    store = await createTestStore(engine);
    clock = new Date('2026-12-06T02:00:00Z');
    sent.length = 0;
    answers = [];
    let serial = 0;
    nock('https://dysmsapi.aliyuncs.com')
      .persist()
      .post(/.*/)
      .reply((uri) => {
        const q = new URL(uri, 'https://x').searchParams;
        sent.push({
          phone: q.get('PhoneNumbers') ?? '',
          template: q.get('TemplateCode') ?? '',
          params: JSON.parse(q.get('TemplateParam') ?? '{}'),
        });
        return answers.shift() ?? [200, { Code: 'OK', BizId: `biz-${++serial}`, RequestId: 'r' }];
      });
    await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await ensureUser(store.db, ADMIN, '赵所长');
  });
  afterEach(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await store.cleanup();
  });

  const address = (phone: string, village: string, over: { urgent?: boolean } = {}) =>
    saveSmsAddress(
      store.db,
      {
        phone,
        villageCode: village,
        language: 'zh-CN',
        consent: 'import: 本人到派出所登记',
        deviceId: null,
        urgent: over.urgent ?? true,
        reportNews: false,
        verifiedAt: clock,
      },
      clock,
    );

  function loop(
    o: { limits?: { perNumberPerHour: number; perMinute: number }; provider?: SmsProvider } = {},
  ) {
    return createNoticeLoop({
      db: store.db,
      engine,
      workerId: 'test',
      deliverers: {
        sms: smsDeliverer({
          db: store.db,
          provider:
            o.provider ??
            aliyunSms({ accessKeyId: 'LTAI-test', accessKeySecret: 'secret-test', templates }),
          signName: templates.signName,
          t,
          publicUrl: 'https://cunjing.example.cn',
          limits: o.limits ?? { perNumberPerHour: 5, perMinute: 60 },
          now: () => clock,
        }),
      },
      logger: { warn: () => {}, error: () => {} },
      retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 30_000 },
      now: () => clock,
    });
  }

  const notices = async () =>
    store.db
      .selectFrom('notices')
      .select(['id', 'recipient', 'status', 'attempts', 'last_error', 'next_attempt_at'])
      .where('channel', '=', 'sms')
      .orderBy('id')
      .execute();

  async function approveUrgent(target: { townships: string[] }) {
    const request = await createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': '有人冒充医保局打电话要验证码，千万别说，挂掉电话打110核实' },
      photoFileId: null,
      target,
      notBefore: null,
      authorId: OFFICER,
    });
    // What approving it does for the channels outside Telegram, in the approval's transaction.
    await publishToOtherChannels(store.db, request, target, {
      start: clock,
      now: clock,
      timeZone: 'Asia/Shanghai',
    });
    return request;
  }

  it('an urgent warning for a township reaches each SMS address there exactly once', async () => {
    const a = await address('+8613800000001', 'wl-hongqi');
    const b = await address('+8613800000002', 'wl-qianjin');
    await address('+8613800000003', 'by-bayan'); // another township
    await address('+8613800000004', 'wl-hongqi', { urgent: false }); // said no
    const request = await approveUrgent({ townships: ['T-WULAN'] });
    // Publishing it again (a retried approval) adds nothing.
    const when = { start: clock, now: clock, timeZone: 'Asia/Shanghai' };
    await publishToOtherChannels(store.db, request, { townships: ['T-WULAN'] }, when);
    expect((await notices()).map((n) => n.recipient).sort()).toEqual([String(a.id), String(b.id)]);

    await loop().drain();
    await loop().drain();
    expect(sent.map((s) => s.phone).sort()).toEqual(['13800000001', '13800000002']);
    for (const s of sent) {
      expect(s.template).toBe('SMS_200');
      expect(s.params.link).toBe('https://cunjing.example.cn/web/');
      // The officer's words, cut so the whole text fits one 70-character segment.
      expect(s.params.text?.startsWith('有人冒充医保局打电话要验证码')).toBe(true);
      const whole = `【${templates.signName}】${t('zh-CN', 'sms-urgent', s.params)}`;
      expect([...whole].length).toBeLessThanOrEqual(70);
    }
    expect((await notices()).map((n) => n.status)).toEqual(['sent', 'sent']);
    const messages = await store.db
      .selectFrom('sms_messages' as never)
      .select(['provider', 'provider_message_id', 'status'] as never)
      .execute();
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ provider: 'aliyun', status: 'submitted' });
    // A delivery receipt updates the message's status.
    expect(
      await recordSmsReceipt(
        store.db,
        { provider: 'aliyun', providerMessageId: 'biz-1', delivered: true },
        clock,
      ),
    ).toBe(true);
  });

  it('retries a throttling answer with backoff a bounded number of times, then records it failed', async () => {
    await address('+8613800000001', 'wl-hongqi');
    answers = Array.from({ length: 10 }, () => [
      200,
      { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控', RequestId: 'r' },
    ]);
    await approveUrgent({ townships: ['T-WULAN'] });
    const l = loop();
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      await l.drain();
      const [n] = await notices();
      if (n?.status !== 'pending') break;
      const next = new Date(String(n.next_attempt_at));
      waits.push(next.getTime() - clock.getTime());
      clock = next;
    }
    expect(waits).toEqual([1_000, 2_000]);
    expect(sent).toHaveLength(3);
    const [n] = await notices();
    expect(n).toMatchObject({ status: 'failed', attempts: 3 });
    expect(n?.last_error).toContain('throttled: aliyun isv.BUSINESS_LIMIT_CONTROL');
    expect(n?.last_error).not.toContain('13800000001');
  });

  it('records a template error as failed at once, without retrying', async () => {
    await address('+8613800000001', 'wl-hongqi');
    answers = [[200, { Code: 'isv.SMS_TEMPLATE_ILLEGAL', Message: '模板不合法', RequestId: 'r' }]];
    await approveUrgent({ townships: ['T-WULAN'] });
    await loop().drain();
    clock = new Date(clock.getTime() + 3_600_000);
    await loop().drain();
    expect(sent).toHaveLength(1);
    expect(await notices()).toMatchObject([
      { status: 'failed', attempts: 1, last_error: 'template: aliyun isv.SMS_TEMPLATE_ILLEGAL' },
    ]);
  });

  it('sends a number at most one SMS a minute, as the providers allow', async () => {
    await address('+8613800000001', 'wl-hongqi');
    await approveUrgent({ townships: ['T-WULAN'] });
    await approveUrgent({ townships: ['T-WULAN'] });
    await loop().drain();
    expect(sent).toHaveLength(1);
    expect((await notices()).map((n) => `${n.status}:${n.last_error ?? ''}`)).toEqual([
      'sent:',
      'pending:sms: one a minute per number',
    ]);
    // It waits out the minute (61 s: the minute counts its first second).
    const [, waiting] = await notices();
    clock = new Date(String(waiting?.next_attempt_at));
    await loop().drain();
    expect(sent).toHaveLength(2);
  });

  it('holds the per-number and global limits: notices over them wait, none fails', async () => {
    for (let i = 1; i <= 3; i++) await address(`+861380000000${i}`, 'wl-hongqi');
    await approveUrgent({ townships: ['T-WULAN'] });
    // Global: 2 a minute.
    await loop({ limits: { perNumberPerHour: 5, perMinute: 2 } }).drain();
    expect(sent).toHaveLength(2);
    const waiting = (await notices()).filter((n) => n.status === 'pending');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ attempts: 0, last_error: 'sms: global rate limit' });
    clock = new Date(clock.getTime() + 61_000);
    await loop({ limits: { perNumberPerHour: 5, perMinute: 2 } }).drain();
    expect(sent).toHaveLength(3);
    expect((await notices()).every((n) => n.status === 'sent')).toBe(true);

    // Per number: a second warning to the same numbers within the hour waits.
    await approveUrgent({ townships: ['T-WULAN'] });
    clock = new Date(clock.getTime() + 61_000);
    await loop({ limits: { perNumberPerHour: 1, perMinute: 60 } }).drain();
    expect(sent).toHaveLength(3);
    const held = (await notices()).filter((n) => n.status === 'pending');
    expect(held).toHaveLength(3);
    expect(held.every((n) => n.last_error === 'sms: per-number rate limit')).toBe(true);
    clock = new Date(clock.getTime() + 3_600_000);
    await loop({ limits: { perNumberPerHour: 1, perMinute: 60 } }).drain();
    expect(sent).toHaveLength(6);
  });
});
