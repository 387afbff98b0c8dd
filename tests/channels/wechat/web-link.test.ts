/**
 * One person, both addresses: a follower opens the report form from the account's menu, WeChat's
 * OAuth (`snsapi_base`) carries their openid to the web chat, and the web device is linked to it.
 * A reused or forged code, a bad or expired state, or a state made for another device is refused
 * with a clear page, and nothing is linked.
 */

import { describe, expect, it } from 'vitest';
import { webAddress } from '../../../src/domain/people/addresses.js';
import { getUser, grantOfficer } from '../../../src/store/users.repository.js';
import { getWebResident } from '../../../src/store/web-residents.repository.js';
import { wechatOpenidOfDevice, wechatReporterOf } from '../../../src/store/wechat.repository.js';
import { acceptReport } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { ENGINES } from '../../helpers/store.js';
import { useWechatHarness } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('opening the web chat from the WeChat menu (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang'] });

  const get = (url: string, cookie?: string) =>
    fetch(url.startsWith('http') ? url : `${h.base}${url}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
  const deviceOf = (cookie: string) => cookie.split('=')[1]?.split('.')[0] ?? '';
  const links = async () =>
    (await h.store.db.selectFrom('wechat_web_links').selectAll().execute()).length;

  /** The menu button: our link, then WeChat's authorize page; returns where WeChat sends back. */
  async function openMenu(page: string, openid: string, cookie?: string) {
    const start = await get(`/wechat/oauth?page=${page}`, cookie);
    expect(start.status).toBe(302);
    const location = start.headers.get('location') ?? '';
    expect(location).toMatch(/^https:\/\/open\.weixin\.qq\.com\/connect\/oauth2\/authorize\?/);
    expect(new URL(location).searchParams.get('scope')).toBe('snsapi_base');
    const back = h.wechat.authorize(openid, location);
    if (!back) throw new Error('WeChat refused the authorize link');
    const setCookie = start.headers.get('set-cookie')?.split(';')[0];
    return { back, cookie: cookie ?? setCookie ?? '' };
  }

  it('links the device to the follower and opens the report form, the village carried over', async () => {
    const { back, cookie } = await openMenu('report', 'o_wang');
    expect(back.startsWith(`${h.base}/wechat/oauth/back?code=`)).toBe(true);
    const answer = await get(back, cookie);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/web/?open=report');
    const device = deviceOf(cookie);
    expect(await wechatOpenidOfDevice(h.store.db, device)).toBe('o_wang');
    expect((await getWebResident(h.store.db, device))?.villageCode).toBe('wl-hongqi');
  });

  it('knows the WeChat reporter of a report filed from a linked device, and of no other', async () => {
    const { back, cookie } = await openMenu('report', 'o_wang');
    await get(back, cookie);
    const fileFrom = async (deviceId: string) =>
      (
        await createSampleReport(
          h.store.db,
          { reporter: webAddress(deviceId), anonymous: true },
          'Asia/Shanghai',
        )
      ).report.id;
    expect(await wechatReporterOf(h.store.db, await fileFrom(deviceOf(cookie)))).toBe('o_wang');
    expect(
      await wechatReporterOf(h.store.db, await fileFrom('unlinkedDevice00000000a')),
    ).toBeNull();
  });

  it('a report from a linked device: the officer’s acceptance goes to the web inbox and to WeChat', async () => {
    const { back, cookie } = await openMenu('report', 'o_wang');
    await get(back, cookie);
    const { report } = await createSampleReport(
      h.store.db,
      {
        reporter: webAddress(deviceOf(cookie)),
        anonymous: true,
      },
      'Asia/Shanghai',
    );
    await grantOfficer(h.store.db, 200001, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    const officer = await getUser(h.store.db, 200001);
    const result = await acceptReport(
      { db: h.store.db, now: () => h.clock.at },
      officer,
      report.id,
    );
    expect(result.outcome).toBe('done');
    const news = await h.store.db
      .selectFrom('notices')
      .select(['channel', 'recipient', 'kind'])
      .where('kind', '=', 'reporter-status')
      .orderBy('channel')
      .execute();
    expect(news).toEqual([
      { channel: 'web', recipient: deviceOf(cookie), kind: 'reporter-status' },
      { channel: 'wechat', recipient: 'o_wang', kind: 'reporter-status' },
    ]);
  });

  it('refuses a code used twice with a clear page, and links once', async () => {
    const { back, cookie } = await openMenu('mine', 'o_wang');
    expect((await get(back, cookie)).status).toBe(302);
    const again = await get(back, cookie);
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('这个链接已过期或已经用过');
    expect(await links()).toBe(1);
    expect(h.wechat.state.calls.at(-1)).toEqual({
      path: '/sns/oauth2/access_token',
      errcode: 40163,
    });
  });

  it('refuses a forged code, and links nothing', async () => {
    const { back, cookie } = await openMenu('report', 'o_wang');
    const forged = new URL(back);
    forged.searchParams.set('code', 'code_made_up_by_someone');
    expect((await get(forged.toString(), cookie)).status).toBe(403);
    expect(h.wechat.state.calls.at(-1)?.errcode).toBe(40029);
    expect(await links()).toBe(0);
  });

  it('refuses a tampered, expired or another device’s state, and links nothing', async () => {
    const tampered = await openMenu('report', 'o_wang');
    const url = new URL(tampered.back);
    const state = url.searchParams.get('state') ?? '';
    url.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('0') ? '1' : '0'}`);
    const refused = await get(url.toString(), tampered.cookie);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('直接打开网页版');

    // Someone sends a victim the address WeChat gave *them*: the victim's device is not theirs.
    const attacker = await openMenu('report', 'o_attacker');
    const victim = await openMenu('report', 'o_wang');
    expect((await get(attacker.back, victim.cookie)).status).toBe(403);
    expect((await get(attacker.back)).status).toBe(403);

    const late = await openMenu('report', 'o_wang');
    h.advance(11 * 60_000);
    expect((await get(late.back, late.cookie)).status).toBe(403);
    expect(await links()).toBe(0);
    // None of these reached WeChat: the state is checked before the code is spent.
    expect(h.wechat.state.calls.some((c) => c.path === '/sns/oauth2/access_token')).toBe(false);
  });
});
