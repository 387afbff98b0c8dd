/**
 * 短信通知 in WeChat: a follower gives a mobile number in WeChat and confirms the code sent by SMS
 * (the phone verification workflow, through the notices outbox and the logging provider). One
 * who filed a report from the web chat opened through the account verifies it on that device, and
 * news of their report past WeChat's 48-hour window, with no template, then goes by SMS. One who
 * never opened the web chat verifies it as themselves: the number joins their person and takes
 * their village. Bad numbers and codes are refused kindly; a third wrong code ends the attempt.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { smsAddress, webAddress, wechatAddress } from '../../../src/domain/people/addresses.js';
import { addressesOf, personOf } from '../../../src/store/people.repository.js';
import { smsTables } from '../../../src/store/sms.table.js';
import { getUser, grantOfficer } from '../../../src/store/users.repository.js';
import { seeWebResident } from '../../../src/store/web-residents.repository.js';
import { linkWechatDevice } from '../../../src/store/wechat.repository.js';
import { acceptReport } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { ENGINES } from '../../helpers/store.js';
import { deliverNotices, useWechatHarness } from '../../helpers/wechat-follower.js';

const t = createWebTranslate(LOCALES_DIR);
const DEVICE = 'deviceWangInWechat00001';

describe.each(ENGINES)('短信通知 in WeChat (%s)', (engine) => {
  const sent: SmsMessage[] = [];
  const logs: string[] = [];
  beforeEach(() => {
    sent.length = 0;
    logs.length = 0;
  });
  const h = useWechatHarness(engine, { followers: ['o_wang'], sms: true });

  async function say(text: string): Promise<string[]> {
    const before = h.wechat.texts('o_wang').length;
    await h.wechat.text('o_wang', text);
    await h.settled();
    return h.wechat.texts('o_wang').slice(before);
  }
  /** The web chat device o_wang opened from the account's menu. */
  async function linkDevice() {
    await seeWebResident(h.store.db, DEVICE, 'zh-CN', h.clock.at);
    await linkWechatDevice(h.store.db, DEVICE, 'o_wang', h.clock.at);
  }
  /** Sends what waits for SMS; WeChat notices stay in the outbox. */
  const deliverSms = () => deliverNotices(h, engine, { wechat: false, sms: { sent, logs } });

  it('verifies a number by SMS code, and later report news past 48 hours goes by SMS', async () => {
    await linkDevice();
    expect(await say('短信通知')).toEqual([t('zh-CN', 'wechat-sms-ask')]);
    expect(await say('138001')).toEqual([t('zh-CN', 'web-sms-bad-phone')]);
    expect(await say('138 0013 8000')).toEqual([
      t('zh-CN', 'wechat-sms-code-sent', { phone: '138****8000' }),
    ]);
    await deliverSms();
    const code = sent[0]?.params[0]?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(sent[0]?.phone).toBe('+8613800138000');
    // The number is never logged in clear.
    expect([...logs, ...h.logs].join('\n')).not.toContain('13800138000');

    const wrong = code === '000000' ? '111111' : '000000';
    expect(await say(wrong)).toEqual([t('zh-CN', 'wechat-sms-bad-code', { left: 2 })]);
    expect(await say(code)).toEqual([t('zh-CN', 'wechat-sms-verified', { phone: '138****8000' })]);
    const address = await smsTables(h.store.db)
      .selectFrom('sms_addresses')
      .select(['device_id', 'urgent', 'report_news', 'verified_at'])
      .executeTakeFirstOrThrow();
    expect(address).toMatchObject({ device_id: DEVICE, urgent: 1, report_news: 1 });
    expect(address.verified_at).not.toBeNull();

    // Three days later, with no template message, the officer accepts a report filed from the
    // device: WeChat cannot carry it now, so it goes by SMS.
    await grantOfficer(h.store.db, 200001, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    const { report } = await createSampleReport(
      h.store.db,
      { reporter: webAddress(DEVICE), anonymous: true },
      'Asia/Shanghai',
    );
    h.advance(72 * 3600_000);
    const officer = await getUser(h.store.db, 200001);
    await acceptReport({ db: h.store.db, now: () => h.clock.at }, officer, report.id);
    const copies = await h.store.db
      .selectFrom('notices')
      .select(['channel', 'kind'])
      .where('kind', '=', 'reporter-status')
      .orderBy('id')
      .execute();
    expect(copies.map((c) => c.channel)).toEqual(['web', 'sms']);
    await deliverSms();
    expect(sent.at(-1)?.template).toBe('report');
  });

  it('settings offer 短信通知; a question ends the step and is answered', async () => {
    await linkDevice();
    await h.wechat.click('o_wang', 'main:language');
    await h.settled();
    const settings = h.wechat.received('o_wang').at(-1) as {
      msgmenu: { list: Array<{ id: string; content: string }> };
    };
    expect(settings.msgmenu.list.at(-1)).toEqual({ id: 'main:sms', content: '📱 短信通知' });
    await h.wechat.choose('o_wang', 'main:sms', '📱 短信通知');
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toBe(t('zh-CN', 'wechat-sms-ask'));
    const [answer] = await say('身份证丢了咋补办');
    expect(answer).toContain('身份证');
    const row = await h.store.db
      .selectFrom('wechat_residents')
      .select('flow')
      .executeTakeFirstOrThrow();
    expect(row.flow).toBeNull();
    expect(await smsTables(h.store.db).selectFrom('sms_codes').selectAll().execute()).toEqual([]);
  });

  /** The code in the last SMS sent. */
  const lastCode = () => sent.at(-1)?.params[0]?.[1] ?? '';
  const residentFlow = async () =>
    (
      await h.store.db
        .selectFrom('wechat_residents')
        .select('flow')
        .where('openid', '=', 'o_wang')
        .executeTakeFirstOrThrow()
    ).flow;

  it('a follower without the web chat verifies a number, which joins their person', async () => {
    expect(await say('短信通知')).toEqual([t('zh-CN', 'wechat-sms-ask')]);
    expect(await say('138 0013 8000')).toEqual([
      t('zh-CN', 'wechat-sms-code-sent', { phone: '138****8000' }),
    ]);
    await deliverSms();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: '+8613800138000', template: 'code' });
    const code = lastCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(
      await smsTables(h.store.db).selectFrom('sms_codes').select('requester').execute(),
    ).toEqual([{ requester: 'wechat:o_wang' }]);

    expect(await say(code)).toEqual([
      t('zh-CN', 'wechat-sms-verified-follower', { phone: '138****8000' }),
    ]);
    expect(await residentFlow()).toBeNull();
    const address = await smsTables(h.store.db)
      .selectFrom('sms_addresses')
      .select([
        'phone',
        'device_id',
        'village_code',
        'language',
        'consent',
        'urgent',
        'report_news',
      ])
      .executeTakeFirstOrThrow();
    expect(address).toEqual({
      phone: '+8613800138000',
      device_id: null,
      village_code: 'wl-hongqi',
      language: 'zh-CN',
      consent: 'wechat',
      urgent: 1,
      report_news: 1,
    });
    // One person, two addresses: the follower and the number.
    const person = await personOf(h.store.db, wechatAddress('o_wang'));
    expect(person).not.toBeNull();
    expect(await addressesOf(h.store.db, person ?? 0)).toEqual(
      expect.arrayContaining([wechatAddress('o_wang'), smsAddress('+8613800138000')]),
    );
    expect([...logs, ...h.logs].join('\n')).not.toContain('13800138000');

    // 取消短信 forgets the number, and the person keeps only the follower.
    expect(await say('取消短信')).toEqual([
      t('zh-CN', 'wechat-sms-stopped', { phone: '138****8000' }),
    ]);
    expect(await smsTables(h.store.db).selectFrom('sms_addresses').selectAll().execute()).toEqual(
      [],
    );
    expect(await addressesOf(h.store.db, person ?? 0)).toEqual([wechatAddress('o_wang')]);
    expect(await say('取消短信')).toEqual([t('zh-CN', 'wechat-sms-none')]);
  });

  it('refuses malformed numbers, and asks again until a number or another question', async () => {
    await say('手机号');
    for (const bad of ['138001', '12800138000', '+1 415 555 0100', '1380013800012345'])
      expect(await say(bad)).toEqual([t('zh-CN', 'web-sms-bad-phone')]);
    expect(await residentFlow()).toBe('sms-phone');
    const [answer] = await say('身份证丢了咋补办');
    expect(answer).toContain('身份证');
    expect(await residentFlow()).toBeNull();
    expect(await smsTables(h.store.db).selectFrom('sms_codes').selectAll().execute()).toEqual([]);
    await deliverSms();
    expect(sent).toEqual([]);
  });

  it('a third wrong code ends the attempt; a new code waits a minute', async () => {
    await say('短信通知');
    await say('13800138000');
    await deliverSms();
    const code = lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await say(wrong)).toEqual([t('zh-CN', 'wechat-sms-bad-code', { left: 2 })]);
    expect(await say('12345')).toEqual([t('zh-CN', 'wechat-sms-bad-code', { left: 1 })]);
    expect(await say(wrong)).toEqual([t('zh-CN', 'wechat-sms-code-failed', { tries: 3 })]);
    expect(await residentFlow()).toBeNull();
    // The right code now is only a number typed, and verifies nothing.
    expect(await say(code)).not.toContain(
      t('zh-CN', 'wechat-sms-verified-follower', { phone: '138****8000' }),
    );
    expect(await smsTables(h.store.db).selectFrom('sms_addresses').selectAll().execute()).toEqual(
      [],
    );
    const row = await smsTables(h.store.db)
      .selectFrom('sms_codes')
      .select(['tries', 'used_at'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ tries: 3, used_at: null });

    // Starting again at once is too soon; a minute later a new code goes.
    await say('短信通知');
    expect(await say('13800138000')).toEqual([t('zh-CN', 'web-sms-too-often')]);
    h.advance(61_000);
    await say('短信通知');
    expect(await say('13800138000')).toEqual([
      t('zh-CN', 'wechat-sms-code-sent', { phone: '138****8000' }),
    ]);
    await deliverSms();
    expect(sent).toHaveLength(2);
    expect(await say(lastCode())).toEqual([
      t('zh-CN', 'wechat-sms-verified-follower', { phone: '138****8000' }),
    ]);
  });

  it('an expired code ends the attempt with a way to start again', async () => {
    await say('短信通知');
    await say('13800138000');
    await deliverSms();
    h.advance(11 * 60_000);
    expect(await say(lastCode())).toEqual([t('zh-CN', 'wechat-sms-code-expired')]);
    expect(await residentFlow()).toBeNull();
  });
});
