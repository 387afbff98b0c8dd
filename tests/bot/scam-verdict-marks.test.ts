import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grantOfficer } from '../../src/store/users.repository.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';

const NOTICE = '派出所提醒：社保认证不收费，不要点陌生链接，不要把验证码告诉任何人。';

describe('这个判断对吗？ under a scam verdict', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('is asked of officers only, and a "wrong" mark is stored for the weekly review', async () => {
    const villager = app.person({ id: 100001 });
    await villager.send('/start v_wl-hongqi');
    await villager.tap('lang:zh-CN');
    await villager.send('🛡️ 防骗查询');
    await villager.send(NOTICE);
    // A harmless notice: a resident gets no buttons at all, so certainly no marks.
    expect(JSON.stringify(villager.lastMessage()?.payload.reply_markup ?? {})).not.toContain(
      'scm:',
    );

    await grantOfficer(app.store.db, 200001, { kind: 'station', code: 'ST-WULAN' });
    const officer = app.person({ id: 200001 });
    await officer.send('/start v_wl-hongqi');
    await officer.tap('lang:zh-CN');
    await officer.send('🛡️ 防骗查询');
    await officer.send(NOTICE);
    expect(officer.lastText()).toContain('这个判断对吗');
    expect(JSON.stringify(officer.lastMessage()?.payload.reply_markup)).toContain('scm:wrong');
    await officer.tap('scm:wrong');
    const marks = await app.store.db.selectFrom('scam_verdict_marks').selectAll().execute();
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ mark: 'wrong', station_code: 'ST-WULAN', excerpt: NOTICE });
  });
});
