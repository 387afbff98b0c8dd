import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { campaignState } from '../../src/store/subscriptions.repository.js';
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { settingsOf } from '../helpers/store.js';

describe('reminder settings', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('starts with everything on, toggles topics, and asks before turning off urgent warnings', async () => {
    const v = app.person({ id: 100001 });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    await v.send('👤 我的');
    await v.tap('me:reminders');
    expect(v.lastText()).toContain('21:00–07:30');
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('✅ 每日反诈提醒');
    await v.tap('subt:legal');
    expect((await settingsOf(app.store.db, telegramAddress(100001))).topics.legal).toBe(false);
    expect(JSON.stringify(v.lastMessage()?.payload.reply_markup)).toContain('⬜ 每周普法');

    await v.tap('subt:urgent');
    expect(v.lastText()).toContain('确定要关吗');
    expect((await settingsOf(app.store.db, telegramAddress(100001))).topics.urgent).toBe(true);
    await v.tap('subu:keep');
    expect((await settingsOf(app.store.db, telegramAddress(100001))).topics.urgent).toBe(true);
    await v.tap('subt:urgent');
    await v.tap('subu:off');
    expect((await settingsOf(app.store.db, telegramAddress(100001))).topics.urgent).toBe(false);

    await v.tap('subq:1');
    expect(await settingsOf(app.store.db, telegramAddress(100001))).toMatchObject({
      quietStart: '22:00',
      quietEnd: '06:00',
    });
    await v.forge('subq:9');
    expect(app.logger.entries.some((e) => e.msg === 'callback refused')).toBe(true);
  });

  it('lets admins pause and resume campaigns, and refuses residents', async () => {
    const resident = app.person({ id: 100002 });
    await resident.send('/campaigns');
    expect(resident.lastText()).toContain('只有管理员');
    await resident.forge('cmp:antifraud-daily:pause');
    expect(await campaignState(app.store.db, 'antifraud-daily')).toMatchObject({ paused: false });
    const admin = app.person({ id: ADMIN_ID });
    await admin.send('/campaigns');
    // Named and scheduled in words, not by id and cron.
    expect(admin.lastText()).toContain('每日反诈提醒</b>：每天 09:00');
    expect(admin.lastText()).not.toContain('0 9 * * *');
    await admin.tap('cmp:antifraud-daily:pause');
    expect(await campaignState(app.store.db, 'antifraud-daily')).toMatchObject({ paused: true });
    expect(admin.lastText()).toContain('已暂停');
    await admin.tap('cmp:antifraud-daily:resume');
    expect(await campaignState(app.store.db, 'antifraud-daily')).toMatchObject({ paused: false });
  });
});
