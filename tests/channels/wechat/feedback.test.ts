/**
 * 回访 in WeChat for a report filed from the web chat opened through the account (the device is
 * linked to the follower): the resolved news arrives as a menu message with the question and
 * 😊/😞, the tap goes through the same workflow as Telegram and the web, a second tap says it is
 * recorded, and another follower's tap (or a forged id) changes nothing and is audited without
 * an openid or a device.
 */

import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import { webAddress } from '../../../src/domain/people/addresses.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { eventsOf, getReport, satisfactionOf } from '../../../src/store/reports.repository.js';
import { getUser, grantOfficer } from '../../../src/store/users.repository.js';
import { seeWebResident } from '../../../src/store/web-residents.repository.js';
import { linkWechatDevice } from '../../../src/store/wechat.repository.js';
import { acceptReport, moveStatus } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { ENGINES } from '../../helpers/store.js';
import { deliverNotices, useWechatHarness } from '../../helpers/wechat-follower.js';

const t = createPlainTranslate(LOCALES_DIR);
const DEVICE = 'wangsPhoneDevice0000001';

describe.each(ENGINES)('satisfaction feedback in WeChat (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang', 'o_li'], greet: true });

  /** `closedWindow`: the follower last wrote over 48 hours before the news is delivered. */
  async function resolvedReport(closedWindow = false): Promise<{ id: number; reference: string }> {
    await seeWebResident(h.store.db, DEVICE, 'zh-CN');
    await linkWechatDevice(h.store.db, DEVICE, 'o_wang', h.clock.at);
    const { report } = await createSampleReport(
      h.store.db,
      { reporter: webAddress(DEVICE), anonymous: true },
      'Asia/Shanghai',
      h.clock.at,
    );
    await grantOfficer(h.store.db, 200001, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    const officer = await getUser(h.store.db, 200001);
    const deps = { db: h.store.db, now: () => h.clock.at };
    expect(await acceptReport(deps, officer, report.id)).toMatchObject({ outcome: 'done' });
    expect(await moveStatus(deps, officer, report.id, 'resolved')).toMatchObject({
      outcome: 'done',
    });
    if (closedWindow) h.advance(49 * 3600_000);
    await deliverNotices(h, engine);
    return { id: report.id, reference: report.reference };
  }

  it('asks with the news, takes 😊 once, and says a second tap is recorded', async () => {
    const { id, reference } = await resolvedReport();
    const status = t('zh-CN', 'status-resolved');
    expect(h.wechat.texts('o_wang').at(-1)).toBe(
      [
        t('zh-CN', 'reporter-status', { reference, status }),
        '',
        t('zh-CN', 'feedback-question', { reference }),
        '[😊 满意]',
        '[😞 不满意]',
      ].join('\n'),
    );

    await h.wechat.choose('o_wang', `fb:${id}:yes`, '😊 满意');
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toBe(t('zh-CN', 'feedback-thanks'));
    expect(await getReport(h.store.db, id)).toMatchObject({ status: 'closed' });
    expect(await satisfactionOf(h.store.db, id)).toBe('yes');

    await h.wechat.choose('o_wang', `fb:${id}:no`, '😞 不满意');
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toBe(t('zh-CN', 'feedback-recorded', { reference }));
    expect(await getReport(h.store.db, id)).toMatchObject({ status: 'closed' });
    const feedback = (await eventsOf(h.store.db, id)).filter((e) => e.type === 'feedback');
    expect(feedback.map((e) => [e.body, e.actor_id])).toEqual([['satisfied', null]]);
  });

  it('another follower’s tap or a forged id changes nothing, audited without an address', async () => {
    const { id } = await resolvedReport();
    await h.wechat.choose('o_li', `fb:${id}:no`);
    // One tap at a time, so the audit rows come in the order of the taps on every engine.
    await h.settled();
    await h.wechat.choose('o_wang', 'fb:999999:no');
    await h.settled();
    for (const openid of ['o_li', 'o_wang'])
      expect(h.wechat.texts(openid).at(-1)).toBe(t('zh-CN', 'feedback-not-due'));
    expect(await getReport(h.store.db, id)).toMatchObject({ status: 'resolved' });
    expect(await satisfactionOf(h.store.db, id)).toBeNull();
    const refused = await listAudit(h.store.db, { action: 'wechat.refused' });
    expect(refused.map((a) => [a.subject, a.actorId])).toEqual([
      [`report:${id}`, null],
      ['report:999999', null],
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/o_li|o_wang|wangsPhone/);
  });

  it('past the 48-hour window the question is held with its choices until the follower writes', async () => {
    const { id, reference } = await resolvedReport(true);
    const before = h.wechat.texts('o_wang').length;
    await h.wechat.text('o_wang', '我的反映怎么样了');
    await h.settled();
    const question = h.wechat
      .texts('o_wang')
      .slice(before)
      .find((m) => m.includes(t('zh-CN', 'feedback-question', { reference })));
    expect(question).toContain('[😊 满意]');
    await h.wechat.choose('o_wang', `fb:${id}:no`, '😞 不满意');
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toBe(t('zh-CN', 'feedback-reopened'));
    expect(await getReport(h.store.db, id)).toMatchObject({ status: 'in_progress' });
  });
});
