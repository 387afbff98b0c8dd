/**
 * What an installer needs to finish the set-up without reading code: anyone learns their own
 * Telegram id with /whoami; adding the bot to a group tells the admins the group's chat id in
 * private; /chatid in a group answers admins with it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, BOT_INFO, createTestApp, type TestApp } from '../helpers/bot-driver.js';

const GROUP = { id: -1001555000111, type: 'supergroup' as const, title: '乌兰派出所<工作群>' };
const command = (text: string) => ({
  chat: GROUP,
  text,
  entities: [{ type: 'bot_command' as const, offset: 0, length: text.length }],
});

describe('learning ids during installation', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('/whoami tells anyone their numeric Telegram id', async () => {
    const villager = app.person({ id: 7_123_456_789, first_name: '王大妈' });
    await villager.send('/whoami');
    expect(villager.lastText()).toContain('<code>7123456789</code>');
    expect(villager.lastText()).toContain('/grant 7123456789 station:');
  });

  it('tells the admins privately the title and chat id of a group the bot was added to', async () => {
    const installer = app.person({ id: 300001, first_name: '小刘' });
    await app.handle({
      my_chat_member: {
        chat: GROUP,
        from: installer.user,
        date: 0,
        old_chat_member: { status: 'left', user: BOT_INFO },
        new_chat_member: { status: 'member', user: BOT_INFO },
      },
    });
    const toAdmin = app.telegram.calls.filter(
      (c) => c.method === 'sendMessage' && c.payload.chat_id === ADMIN_ID,
    );
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]?.payload.text).toContain(
      '我已被加入群「乌兰派出所&lt;工作群&gt;」，群 ID：<code>-1001555000111</code>',
    );
    // The group gets the usual greeting, not the id.
    const inGroup = app.telegram.calls.filter((c) => c.payload.chat_id === GROUP.id);
    expect(inGroup.map((c) => c.payload.text).join()).not.toContain('1001555000111');
  });

  it('/chatid in a group answers an admin, and nobody else', async () => {
    const admin = app.person({ id: ADMIN_ID, first_name: '赵所长' });
    const stranger = app.person({ id: 300002, first_name: '路人' });
    const groupTexts = () =>
      app.telegram.calls.filter((c) => c.payload.chat_id === GROUP.id).map((c) => c.payload.text);

    await stranger.sendMessage(command('/chatid'));
    expect(groupTexts()).toEqual([]);

    await admin.sendMessage(command('/chatid'));
    expect(groupTexts()).toEqual([
      '本群「乌兰派出所&lt;工作群&gt;」的 ID：<code>-1001555000111</code>',
    ]);
  });
});
